namespace Weft.Testing.FakeServer;

/// <summary>Replies 200 with a well-formed completion that carries no answer.</summary>
internal sealed record EmptyChoicesBehavior : FakeBehavior
{
    internal override Task RespondAsync(FakeExchange exchange) =>
        exchange.SendAsync(200, exchange.Dialect.NoAnswer(exchange.Reply));
}
