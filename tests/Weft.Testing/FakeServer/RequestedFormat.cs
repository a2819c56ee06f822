using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>What shape of answer the client asked for: a JSON schema, plain JSON, or free text.</summary>
internal sealed record RequestedFormat(JsonElement? Schema, bool JsonMode)
{
    public static RequestedFormat Text { get; } = new(null, false);

    public static RequestedFormat Json { get; } = new(null, true);
}
