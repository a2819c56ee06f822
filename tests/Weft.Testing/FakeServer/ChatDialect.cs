using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>One wire protocol for chat: how to read what the client asked for and how to shape the answer.</summary>
internal abstract class ChatDialect
{
    /// <summary>The response format the body asks for.</summary>
    public abstract RequestedFormat ReadFormat(JsonElement body);

    /// <summary>Whether the body asks for a streamed reply.</summary>
    public abstract bool Streams(JsonElement body);

    /// <summary>A successful reply carrying <paramref name="content"/>, streamed when the request asked for it.</summary>
    public abstract RenderedBody Completion(ReplyContext context, string content, int promptTokens, int completionTokens);

    /// <summary>A well-formed reply that carries no answer at all.</summary>
    public abstract RenderedBody NoAnswer(ReplyContext context);

    /// <summary>An error body in this protocol's shape.</summary>
    public abstract RenderedBody Error(string message, string type, string code);
}
