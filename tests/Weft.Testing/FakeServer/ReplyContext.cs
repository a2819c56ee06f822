namespace Weft.Testing.FakeServer;

/// <summary>What a dialect needs to know about the request it answers.</summary>
internal sealed record ReplyContext(FakeRequest Request, bool Stream, DateTimeOffset Created)
{
    /// <summary>A completion id unique to this request: its key and attempt.</summary>
    public string CompletionId => $"chatcmpl-{Request.RequestKey[..16]}-{Request.Attempt}";
}
