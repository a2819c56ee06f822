namespace Weft.Testing.FakeServer;

/// <summary>A response body ready to send, with its media type.</summary>
internal sealed record RenderedBody(string ContentType, byte[] Bytes);
