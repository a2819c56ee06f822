using System.Text.Json;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Reads Weft's own benchmark format: JSON Lines, one instance per line (see docs/formats.md).</summary>
public sealed class WeftBenchmarkReader : IBenchmarkReader
{
    /// <inheritdoc />
    public string Format => "weft";

    /// <inheritdoc />
    public bool CanRead(string path) => File.Exists(path) && PathNames.HasExtension(path, ".jsonl");

    /// <inheritdoc />
    public Task<Benchmark> ReadAsync(string path, CancellationToken cancellationToken) =>
        JsonLinesBenchmark.ReadAsync(path, Format, ReadLine, cancellationToken);

    /// <inheritdoc />
    public Task<BenchmarkIndex> IndexAsync(string path, CancellationToken cancellationToken) =>
        JsonLinesBenchmark.IndexAsync(
            path, Format, ReadLine, (line, number, errors, root, ids) => ReadLine(line, number, errors, root, ids, schema: false), cancellationToken);

    // The schema check is skipped only when reading again a line that passed it (the file is unchanged since).
    private static Instance? ReadLine(JsonElement line, int number, JsonErrorScope errors, DatasetRoot root, UniqueIds ids) =>
        ReadLine(line, number, errors, root, ids, schema: true);

    private static Instance? ReadLine(JsonElement line, int number, JsonErrorScope errors, DatasetRoot root, UniqueIds ids, bool schema)
    {
        var before = errors.Count;
        if (schema && !WeftSchema.Benchmark.Check(line, errors) && line.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var id = WeftLine.Id(line, number, errors, ids);
        var input = WeftBlocks.Read(Property(line, "input"), "input", root, errors);
        var hasReference = line.TryGetProperty("reference", out var referenceBlocks);
        var reference = WeftBlocks.Read(referenceBlocks, "reference", root, errors);
        var instruction = line.TryGetProperty("instruction", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!
            : null;
        if (errors.Count > before || id is null || instruction is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(instruction) && input.Count == 0)
        {
            errors.Report("instruction", "is empty and there is no input; a system needs one or the other");
            return null;
        }

        var task = line.GetProperty("task").GetString()!;
        return new Instance(id, task, instruction, input, hasReference ? reference : null, Metadata(line));
    }

    private static JsonElement Property(JsonElement line, string key) =>
        line.TryGetProperty(key, out var value) ? value : default;

    private static Dictionary<string, string> Metadata(JsonElement line)
    {
        Dictionary<string, string> metadata = new(StringComparer.Ordinal);
        if (line.TryGetProperty("metadata", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                metadata[field.Name] = field.Value.ValueKind switch
                {
                    JsonValueKind.String => field.Value.GetString()!,
                    // A JSON number's text is already culture-free; reformatting could change it (1.10 → 1.1).
                    JsonValueKind.Number => field.Value.GetRawText(),
                    JsonValueKind.True => "true",
                    _ => "false",
                };
            }
        }

        return metadata;
    }
}
