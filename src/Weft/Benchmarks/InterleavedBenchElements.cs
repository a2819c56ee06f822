using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Turns the elements of an InterleavedBench array into instances, reporting what is wrong in each.</summary>
/// <param name="errors">Where problems are reported (by pointer from the array).</param>
/// <param name="root">The folder image paths resolve in.</param>
/// <param name="lines">Lines of the document, to name where a duplicate id was first used.</param>
internal sealed class InterleavedBenchElements(JsonErrorScope errors, DatasetRoot root, Lazy<JsonLineMap> lines)
{
    private static readonly string[] MetadataKeys = ["goal", "category", "dataset_id"];

    private readonly UniqueIds ids = new();

    /// <summary>The instance of one element at pointer <paramref name="at"/>, or null after reporting its problems.</summary>
    public Instance? Read(JsonElement element, string at)
    {
        if (!JsonFields.ExpectObject(element, at, errors))
        {
            return null;
        }

        var before = errors.Count;
        var id = JsonFields.RequiredString(element, at, "id", errors, nonEmpty: true);
        var task = JsonFields.RequiredString(element, at, "task_name", errors, nonEmpty: true);
        var images = Images(element, at);
        var (prompt, answer) = Conversations(element, at);
        var metadata = Metadata(element, at);
        if (id is not null && ids.Add(id, at) is { } first)
        {
            errors.Report(JsonPointers.Child(at, "id"), FirstUse(id, first));
        }

        if (prompt is null || images is null)
        {
            return null;
        }

        var segments = prompt.Split(PromptMarkers.Image);
        var placeholders = segments.Length - 1;
        if (placeholders > images.Count)
        {
            errors.Report(PromptPointer(at),
                string.Create(CultureInfo.InvariantCulture, $"has {placeholders} {PromptMarkers.Image} placeholders but \"image\" lists only {images.Count} images"));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var instruction = PromptMarkers.TakeInstruction(segments[0], out var rest);
        var input = Interleave([rest, .. segments[1..]], images.Take(placeholders));
        if (instruction.Length == 0 && input.Count == 0)
        {
            errors.Report(PromptPointer(at), "the prompt is empty");
            return null;
        }

        List<AIContent>? reference = answer is null && images.Count == placeholders
            ? null
            : Interleave((answer ?? "").Split(PromptMarkers.Image), images.Skip(placeholders));
        return new Instance(id!, task!, instruction, input, reference, metadata);
    }

    // Text segments alternate with images; images beyond the segments' placeholders follow at the end.
    private static List<AIContent> Interleave(string[] segments, IEnumerable<AIContent> images)
    {
        List<AIContent> content = [];
        using var image = images.GetEnumerator();
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0 && image.MoveNext())
            {
                content.Add(image.Current);
            }

            var text = PromptMarkers.Clean(segments[i]);
            if (text.Length > 0)
            {
                content.Add(new TextContent(text));
            }
        }

        while (image.MoveNext())
        {
            content.Add(image.Current);
        }

        return content;
    }

    private List<AIContent>? Images(JsonElement element, string at)
    {
        List<AIContent> images = [];
        if (!element.TryGetProperty("image", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return images;
        }

        var field = JsonPointers.Child(at, "image");
        if (!JsonFields.ExpectArray(list, field, errors))
        {
            return null;
        }

        var before = errors.Count;
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemField = JsonPointers.Child(field, index++);
            if (JsonFields.StringValue(item, itemField, errors, nonEmpty: true) is { } value)
            {
                if (ImageValues.TryCreate(value, root, out var image, out var problem))
                {
                    images.Add(image);
                }
                else
                {
                    errors.Report(itemField, problem);
                }
            }
        }

        return errors.Count > before ? null : images;
    }

    private (string? Prompt, string? Answer) Conversations(JsonElement element, string at)
    {
        if (!JsonFields.RequiredArray(element, at, "conversations", errors, out var conversations))
        {
            return (null, null);
        }

        var field = JsonPointers.Child(at, "conversations");
        if (conversations.GetArrayLength() == 0)
        {
            errors.Report(field, "is empty; its first item holds the prompt");
            return (null, null);
        }

        var first = JsonPointers.Child(field, 0);
        var prompt = JsonFields.ExpectObject(conversations[0], first, errors)
            ? JsonFields.RequiredString(conversations[0], first, "value", errors)
            : null;
        string? answer = null;
        if (conversations.GetArrayLength() > 1 && JsonFields.ExpectObject(conversations[1], JsonPointers.Child(field, 1), errors))
        {
            answer = JsonFields.OptionalString(conversations[1], JsonPointers.Child(field, 1), "value", errors);
        }

        return (prompt, answer);
    }

    private Dictionary<string, string> Metadata(JsonElement element, string at)
    {
        Dictionary<string, string> metadata = new(StringComparer.Ordinal);
        foreach (var key in MetadataKeys)
        {
            if (!element.TryGetProperty(key, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    metadata[key] = value.GetString()!;
                    break;
                case JsonValueKind.Number:
                    metadata[key] = value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors.Report(JsonPointers.Child(at, key), $"expected a string or a number, found {JsonFields.Kind(value)}");
                    break;
            }
        }

        return metadata;
    }

    private static string PromptPointer(string at) =>
        JsonPointers.Child(JsonPointers.Child(JsonPointers.Child(at, "conversations"), 0), "value");

    private string FirstUse(string id, string first) =>
        string.Create(CultureInfo.InvariantCulture, $"duplicate id \"{id}\"; first used by element {first} on line {lines.Value.LineOf(first)}");
}
