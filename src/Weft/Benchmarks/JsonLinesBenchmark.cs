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
        var bytes = await InputFiles.ReadAllBytesAsync(path, cancellationToken);
        var root = new DatasetRoot(PathNames.FolderOf(path));
        var errors = new DataErrorList();
        var ids = new UniqueIds();
        var instances = JsonLinesFile.Read(path, bytes, errors, (line, number, scope) => readLine(line, number, scope, root, ids), cancellationToken);
        if (errors.Count == 0 && instances.Count == 0)
        {
            errors.Add(path, 0, "path", "holds no instances");
        }

        errors.ThrowIfAny();
        return new Benchmark(Path.GetFileNameWithoutExtension(path), format, Path.GetFullPath(path), root.Folder, instances);
    }
}
