using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Reads the OpenING benchmark (<c>test_data.jsonl</c>); the golden answer becomes the reference.</summary>
public sealed class OpeningBenchmarkReader : IBenchmarkReader
{
    private static readonly string[] MetadataKeys =
        ["total_uid", "meta_task_id", "meta_task_name", "subtask_id", "subtask_name", "data_id"];

    /// <inheritdoc />
    public string Format => "opening";

    /// <inheritdoc />
    public bool CanRead(string path) => JsonProbe.FirstLineHasKeys(path, "total_uid", "conversations");

    /// <inheritdoc />
    public Task<Benchmark> ReadAsync(string path, CancellationToken cancellationToken) =>
        JsonLinesBenchmark.ReadAsync(path, Format, ReadLine, cancellationToken);

    /// <inheritdoc />
    public Task<BenchmarkIndex> IndexAsync(string path, CancellationToken cancellationToken) =>
        JsonLinesBenchmark.IndexAsync(path, Format, ReadLine, null, cancellationToken);

    private static Instance? ReadLine(JsonElement line, int number, JsonErrorScope errors, DatasetRoot root, UniqueIds ids)
    {
        if (!JsonFields.ExpectObject(line, "", errors))
        {
            return null;
        }

        var before = errors.Count;
        Dictionary<string, string> metadata = new(StringComparer.Ordinal);
        foreach (var key in MetadataKeys)
        {
            if (JsonFields.RequiredString(line, "", key, errors, nonEmpty: key is "total_uid" or "subtask_name") is { } value)
            {
                metadata[key] = value;
            }
        }

        var (input, output) = ReadConversations(line, errors);
        var inputImages = input is null ? null : OpeningSteps.ResolveImages(input, value => Resolve(value, root), errors);
        var outputImages = output is null ? null : OpeningSteps.ResolveImages(output, value => Resolve(value, root), errors);
        if (metadata.TryGetValue("total_uid", out var id)
            && ids.Add(id, number.ToString(CultureInfo.InvariantCulture)) is { } first)
        {
            errors.Report("total_uid", $"duplicate id \"{id}\"; first used on line {first}");
        }

        if (errors.Count > before || input is null || output is null || inputImages is null || outputImages is null)
        {
            return null;
        }

        var instruction = PromptMarkers.TakeInstruction(input[0].Text, out var rest);
        var content = OpeningSteps.ToContent(input, inputImages, firstText: rest);
        if (instruction.Length == 0 && content.Count == 0)
        {
            errors.Report("conversations/0/input/0/text", "holds no instruction and there is no other input");
            return null;
        }

        return new Instance(
            metadata["total_uid"], metadata["subtask_name"], instruction, content, OpeningSteps.ToContent(output, outputImages), metadata);
    }

    private static (List<OpeningStep>? Input, List<OpeningStep>? Output) ReadConversations(JsonElement line, JsonErrorScope errors)
    {
        if (!JsonFields.RequiredArray(line, "", "conversations", errors, out var conversations))
        {
            return (null, null);
        }

        if (conversations.GetArrayLength() != 2)
        {
            errors.Report("conversations", OpeningSteps.TwoItemsExpected(conversations));
            return (null, null);
        }

        var before = errors.Count;
        var input = OpeningSteps.Read(conversations, 0, "input", errors, textRequired: true);
        // When a step was left out, input[0] may not be the first step: only a clean list is checked further.
        if (input is { Count: 0 } && errors.Count == before)
        {
            errors.Report("conversations/0/input", "is empty; its first step holds the instruction");
        }
        else if (input is { Count: > 0 } && errors.Count == before && !input[0].Text.Contains(PromptMarkers.Begin, StringComparison.Ordinal))
        {
            errors.Report("conversations/0/input/0/text", $"has no {PromptMarkers.Begin} marker after the instruction");
        }

        return (input, OpeningSteps.Read(conversations, 1, "output", errors, textRequired: true));
    }

    private static (AIContent? Image, string Problem) Resolve(string value, DatasetRoot root) =>
        ImageValues.TryCreate(value, root, out var image, out var problem) ? (image, "") : (null, problem);
}
