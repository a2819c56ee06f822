using System.Text.Json;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Reads a benchmark held as one JSON object per line, given how to map one line to an instance.</summary>
internal static class JsonLinesBenchmark
{
    /// <summary>Reads every line; throws <see cref="DataFormatException"/> with every problem, or when the file holds no instance.</summary>
    public static async Task<Benchmark> ReadAsync(
        string path,
        string format,
        Func<JsonElement, int, JsonErrorScope, DatasetRoot, UniqueIds, Instance?> readLine,
        CancellationToken cancellationToken)
    {
        List<Instance> instances = [];
        var root = await ScanAsync(path, readLine, (instance, _) => instances.Add(instance), cancellationToken);
        return new Benchmark(Path.GetFileNameWithoutExtension(path), format, Path.GetFullPath(path), root.Folder, instances);
    }

    /// <summary>
    /// Checks every line as <see cref="ReadAsync"/> does but keeps only each instance's id, task and line; the lines are
    /// read again with <paramref name="reread"/> (checks a line passed once need not repeat; by default <paramref name="readLine"/>).
    /// </summary>
    public static async Task<BenchmarkIndex> IndexAsync(
        string path,
        string format,
        Func<JsonElement, int, JsonErrorScope, DatasetRoot, UniqueIds, Instance?> readLine,
        Func<JsonElement, int, JsonErrorScope, DatasetRoot, UniqueIds, Instance?>? reread,
        CancellationToken cancellationToken)
    {
        reread ??= readLine;
        List<(string Id, string Task)> entries = [];
        List<LineSpan> spans = [];
        var root = await ScanAsync(path, readLine, (instance, span) =>
        {
            entries.Add((instance.Id, string.Intern(instance.Task)));
            spans.Add(span);
        }, cancellationToken);
        var instances = new LineItems<Instance>(path, spans, (line, number, scope, ids) => reread(line, number, scope, root, ids));
        return new BenchmarkIndex(Path.GetFileNameWithoutExtension(path), format, Path.GetFullPath(path), entries, instances);
    }

    private static async Task<DatasetRoot> ScanAsync(
        string path,
        Func<JsonElement, int, JsonErrorScope, DatasetRoot, UniqueIds, Instance?> readLine,
        Action<Instance, LineSpan> keep,
        CancellationToken cancellationToken)
    {
        var root = new DatasetRoot(PathNames.FolderOf(path));
        var ids = new UniqueIds();
        await JsonLinesFile.ScanAllAsync(path, "instances", (line, number, scope) => readLine(line, number, scope, root, ids), keep, cancellationToken);
        return root;
    }
}
