using System.Text.Json;

namespace Weft.Generation;

/// <summary>The JSON schemas the planner and the image checker answer with (also written to docs/generate.md).</summary>
/// <remarks>Every property is required and no other is allowed, as OpenAI's strict structured outputs demand.</remarks>
internal static class PlanSchema
{
    public const string PlanJson = """
        {"type":"object","properties":{"blocks":{"type":"array","minItems":1,"items":{"type":"object","properties":{"type":{"type":"string","enum":["text","image"]},"content":{"type":"string","minLength":1}},"required":["type","content"],"additionalProperties":false}}},"required":["blocks"],"additionalProperties":false}
        """;

    public const string CheckJson = """
        {"type":"object","properties":{"ok":{"type":"boolean"},"problem":{"type":"string"}},"required":["ok","problem"],"additionalProperties":false}
        """;

    public static JsonElement Plan { get; } = JsonDocument.Parse(PlanJson).RootElement.Clone();

    public static JsonElement Check { get; } = JsonDocument.Parse(CheckJson).RootElement.Clone();
}
