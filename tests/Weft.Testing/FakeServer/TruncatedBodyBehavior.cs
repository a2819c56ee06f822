namespace Weft.Testing.FakeServer;

/// <summary>Promises the full default body, sends half of it and drops the connection.</summary>
internal sealed record TruncatedBodyBehavior : FakeBehavior
{
    internal override async Task RespondAsync(FakeExchange exchange)
    {
        var body = exchange.DefaultBody();
        var response = exchange.Http.Response;
        response.StatusCode = 200;
        response.ContentType = body.ContentType;
        response.ContentLength = body.Bytes.Length;
        await response.Body.WriteAsync(body.Bytes.AsMemory(0, body.Bytes.Length / 2), exchange.Aborted);
        await response.Body.FlushAsync(exchange.Aborted);
        exchange.Http.Abort();
    }
}
