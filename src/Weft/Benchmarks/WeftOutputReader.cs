using System.Text.Json;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Reads one system's outputs in Weft's own format: JSON Lines, one answer per line (see docs/formats.md).</summary>
public sealed class WeftOutputReader : IOutputReader
{
    /// <inheritdoc />
    public string Format => "weft";

    /// <inheritdoc />
    public bool CanRead(string path) => File.Exists(path) && PathNames.HasExtension(path, ".jsonl");

    /// <inheritdoc />
    public async Task<IReadOnlyList<SystemOutput>> ReadAsync(string system, string path, CancellationToken cancellationToken)
    {
        List<SystemOutput> outputs = [];
        await ScanAsync(system, path, (output, _) => outputs.Add(output), cancellationToken);
        return outputs;
    }

    /// <inheritdoc />
    public async Task<OutputIndex> IndexAsync(string system, string path, CancellationToken cancellationToken)
    {
        List<string> ids = [];
        List<LineSpan> spans = [];
        var root = await ScanAsync(system, path, (output, span) =>
        {
            ids.Add(output.InstanceId);
            spans.Add(span);
        }, cancellationToken);
        return new OutputIndex(ids, new LineItems<SystemOutput>(path, spans, (line, number, scope, unique) => ReadLine(system, line, number, scope, root, unique, schema: false)));
    }

    private static async Task<DatasetRoot> ScanAsync(string system, string path, Action<SystemOutput, LineSpan> keep, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        var root = new DatasetRoot(PathNames.FolderOf(path));
        var ids = new UniqueIds();
        await JsonLinesFile.ScanAllAsync(path, "outputs", (line, number, scope) => ReadLine(system, line, number, scope, root, ids, schema: true), keep, cancellationToken);
        return root;
    }

    // The schema check is skipped only when reading again a line that passed it (the file is unchanged since).
    private static SystemOutput? ReadLine(
        string system, JsonElement line, int number, JsonErrorScope errors, DatasetRoot root, UniqueIds ids, bool schema)
    {
        var before = errors.Count;
        if (schema && !WeftSchema.Output.Check(line, errors) && line.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var id = WeftLine.Id(line, number, errors, ids);
        var content = WeftBlocks.Read(line.TryGetProperty("output", out var blocks) ? blocks : default, "output", root, errors);
        return errors.Count > before || id is null ? null : new SystemOutput(system, id, content);
    }
}
