using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Weft.Benchmarks;

/// <summary>Turns the block arrays of the Weft formats into content, checking what the schema cannot: image values.</summary>
internal static class WeftBlocks
{
    /// <summary>
    /// The content of an array of blocks. Shapes the schema refuses are skipped here (the schema check reports them);
    /// every image value is still checked so that one pass reports all problems of a line.
    /// </summary>
    public static List<AIContent> Read(JsonElement array, string at, DatasetRoot root, JsonErrorScope errors)
    {
        List<AIContent> content = [];
        if (array.ValueKind != JsonValueKind.Array)
        {
            return content;
        }

        var index = 0;
        foreach (var block in array.EnumerateArray())
        {
            var field = JsonPointers.Child(at, index++);
            if (block.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (block.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(text.GetString()))
            {
                content.Add(new TextContent(text.GetString()));
            }

            if (block.TryGetProperty("image", out var image) && image.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(image.GetString()))
            {
                if (ImageValues.TryCreate(image.GetString()!, root, out var picture, out var problem))
                {
                    content.Add(picture);
                }
                else
                {
                    errors.Report(JsonPointers.Child(field, "image"), problem);
                }
            }
        }

        return content;
    }
}
