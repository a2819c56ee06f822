using System.Text.Json;
using Weft.Protocols.Replies;

namespace Weft.Generation;

/// <summary>
/// Reads a planner reply as leniently as the score parser reads judge replies: strict JSON, JSON in a fence or in prose,
/// a wrapper object around the plan (<c>{"plan": {...}}</c>), or a bare array of blocks; blocks may be
/// <c>{"type": "image", "content": "..."}</c> or the short forms <c>{"text": "..."}</c> and <c>{"image": "..."}</c>.
/// </summary>
internal static class PlanParser
{
    private static readonly string[] ListKeys = ["blocks", "plan", "steps", "items", "output", "answer"];
    private static readonly string[] KindKeys = ["type", "kind"];
    private static readonly string[] ContentKeys = ["content", "text", "prompt", "caption", "value"];
    private static readonly string[] ImageKinds = ["image", "image_prompt", "picture", "img"];

    public static PlanParseResult Parse(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var candidates = JsonSpanFinder.Find(reply);
        if (candidates.Count == 0)
        {
            return PlanParseResult.Failed("the reply holds no JSON object");
        }

        string? firstProblem = null;
        foreach (var candidate in candidates)
        {
            var result = Read(candidate.Root, 0);
            if (result.Plan is not null)
            {
                return result;
            }

            firstProblem ??= result.Problem;
        }

        return PlanParseResult.Failed(firstProblem!);
    }

    private static PlanParseResult Read(JsonElement root, int depth)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return ReadBlocks(root);
        }

        if (root.ValueKind != JsonValueKind.Object || depth > 3)
        {
            return PlanParseResult.Failed("the JSON is not an object with a \"blocks\" array");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (ListKeys.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
            {
                return ReadBlocks(property.Value);
            }
        }

        // A wrapper such as {"response": {...}} or {"plan": {"blocks": [...]}}: look one level in.
        var inner = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object).ToList();
        return inner.Count == 1 ? Read(inner[0].Value, depth + 1) : PlanParseResult.Failed("the JSON object has no \"blocks\" array");
    }

    private static PlanParseResult ReadBlocks(JsonElement array)
    {
        var blocks = new List<PlanBlock>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var (block, problem) = ReadBlock(item);
            if (block is null)
            {
                return PlanParseResult.Failed($"blocks/{index}: {problem}");
            }

            blocks.Add(block);
            index++;
        }

        return blocks.Count == 0 ? PlanParseResult.Failed("blocks: the plan is empty") : new PlanParseResult(new GenerationPlan(blocks), null);
    }

    private static (PlanBlock? Block, string? Problem) ReadBlock(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, "a block must be an object");
        }

        var kind = KindKeys.Select(k => Find(item, k)).FirstOrDefault(v => v is not null);
        var content = ContentKeys.Select(k => Find(item, k)).FirstOrDefault(v => v is not null);
        if (kind is null)
        {
            // Short forms: {"text": "..."} or {"image": "..."}.
            var image = ImageKinds.Select(k => Find(item, k)).FirstOrDefault(v => v is not null);
            if (image is not null)
            {
                return Block(PlanBlockKind.Image, image);
            }

            return content is not null && Find(item, "text") is { } text
                ? Block(PlanBlockKind.Text, text)
                : (null, "missing \"type\" (text or image)");
        }

        if (content is null)
        {
            return (null, "missing \"content\"");
        }

        if (string.Equals(kind, "text", StringComparison.OrdinalIgnoreCase))
        {
            return Block(PlanBlockKind.Text, content);
        }

        return ImageKinds.Contains(kind, StringComparer.OrdinalIgnoreCase)
            ? Block(PlanBlockKind.Image, content)
            : (null, $"unknown type \"{kind}\" (expected text or image)");
    }

    private static (PlanBlock?, string?) Block(PlanBlockKind kind, string content) =>
        string.IsNullOrWhiteSpace(content) ? (null, "blank \"content\"") : (new PlanBlock(kind, content.Trim()), null);

    private static string? Find(JsonElement item, string key)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (string.Equals(property.Name, key, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
