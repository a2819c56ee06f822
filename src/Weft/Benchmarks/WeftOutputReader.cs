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
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        var bytes = await InputFiles.ReadAllBytesAsync(path, cancellationToken);
        var root = new DatasetRoot(PathNames.FolderOf(path));
        var errors = new DataErrorList();
        var ids = new UniqueIds();
        var outputs = JsonLinesFile.Read(
            path, bytes, errors, (line, number, scope) => ReadLine(system, line, number, scope, root, ids), cancellationToken);
        if (errors.Count == 0 && outputs.Count == 0)
        {
            errors.Add(path, 0, "path", "holds no outputs");
        }

        errors.ThrowIfAny();
        return outputs;
    }

    private static SystemOutput? ReadLine(
        string system, JsonElement line, int number, JsonErrorScope errors, DatasetRoot root, UniqueIds ids)
    {
        var before = errors.Count;
        if (!WeftSchema.Output.Check(line, errors) && line.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var id = WeftLine.Id(line, number, errors, ids);
        var content = WeftBlocks.Read(line.TryGetProperty("output", out var blocks) ? blocks : default, "output", root, errors);
        return errors.Count > before || id is null ? null : new SystemOutput(system, id, content);
    }
}
