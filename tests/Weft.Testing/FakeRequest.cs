using System.Text.Json;

namespace Weft.Testing;

/// <summary>One chat or image generation request as the fake judge server received it.</summary>
/// <param name="Path">The request path, e.g. <c>/v1/chat/completions</c> or <c>/api/chat</c>.</param>
/// <param name="Model">The model named in the body, or the deployment for Azure legacy paths; empty when absent.</param>
/// <param name="Body">The whole JSON body (a detached copy, safe to keep).</param>
/// <param name="RequestKey">Lowercase hex SHA-256 of the canonical JSON of the <c>messages</c> array (for image requests: of the whole body).</param>
/// <param name="Headers">The captured headers (Authorization, api-key, User-Agent) when present; names compare case-insensitively.</param>
/// <param name="Attempt">How many requests with this key the server had seen, this one included (1-based).</param>
public sealed record FakeRequest(
    string Path,
    string Model,
    JsonElement Body,
    string RequestKey,
    IReadOnlyDictionary<string, string> Headers,
    int Attempt)
{
    /// <summary>Whether this is an image generation request (<c>.../images/generations</c>) rather than a chat request.</summary>
    public bool IsImageRequest => Path.EndsWith("/images/generations", StringComparison.Ordinal);
}
