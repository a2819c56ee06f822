namespace Weft.Testing.FakeServer;

/// <summary>Holds the request for a while (or until the client gives up), then replies normally.</summary>
internal sealed record HangBehavior(TimeSpan Delay) : FakeBehavior
{
    internal override async Task RespondAsync(FakeExchange exchange)
    {
        await Task.Delay(Delay, exchange.Aborted);
        await exchange.SendAsync(200, exchange.DefaultBody());
    }
}
