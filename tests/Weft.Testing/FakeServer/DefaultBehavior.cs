namespace Weft.Testing.FakeServer;

/// <summary>Replies with the request's deterministic default answer.</summary>
internal sealed record DefaultBehavior : FakeBehavior
{
    internal override Task RespondAsync(FakeExchange exchange) => exchange.SendAsync(200, exchange.DefaultBody());
}
