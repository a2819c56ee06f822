using Microsoft.AspNetCore.Http;

namespace Weft.Testing.FakeServer;

/// <summary>One chat request in flight: what was asked, in which protocol, and the response to write to.</summary>
internal sealed class FakeExchange(HttpContext http, ChatDialect dialect, RequestedFormat format, ReplyContext reply, CancellationToken aborted)
{
    public const int DefaultPromptTokens = 120;

    public const int DefaultCompletionTokens = 60;

    public HttpContext Http { get; } = http;

    public ChatDialect Dialect { get; } = dialect;

    public ReplyContext Reply { get; } = reply;

    /// <summary>Fires when the client goes away or the server stops.</summary>
    public CancellationToken Aborted { get; } = aborted;

    /// <summary>The deterministic answer: the schema filled in, "{}" for bare JSON mode, else "OK".</summary>
    public string DefaultContent() => format switch
    {
        { Schema: { } schema } => SchemaFiller.Fill(schema, Reply.Request.RequestKey),
        { JsonMode: true } => "{}",
        _ => "OK",
    };

    public RenderedBody DefaultBody() =>
        Dialect.Completion(Reply, DefaultContent(), DefaultPromptTokens, DefaultCompletionTokens);

    public async Task SendAsync(int status, RenderedBody body)
    {
        var response = Http.Response;
        response.StatusCode = status;
        response.ContentType = body.ContentType;
        response.ContentLength = body.Bytes.Length;
        await response.Body.WriteAsync(body.Bytes, Aborted);
    }
}
