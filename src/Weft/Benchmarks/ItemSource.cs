using System.Text.Json;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>
/// The items of one input file, by position, read when asked for. A JSON Lines file keeps only where each line is and
/// parses the lines asked for again, so a large benchmark is never held whole; other formats hold what they read.
/// </summary>
/// <typeparam name="T">An instance or an output.</typeparam>
public abstract class ItemSource<T>
    where T : class
{
    /// <summary>How many items the file holds.</summary>
    public abstract int Count { get; }

    /// <summary>The items at <paramref name="positions"/>, in that order.</summary>
    /// <exception cref="DataFormatException">The file changed since it was first read and no longer reads the same.</exception>
    public abstract IReadOnlyList<T> Load(IReadOnlyList<int> positions);

    /// <summary>A source holding <paramref name="items"/>.</summary>
    internal static ItemSource<T> Held(IReadOnlyList<T> items) => new HeldItems(items);

    private sealed class HeldItems(IReadOnlyList<T> items) : ItemSource<T>
    {
        public override int Count => items.Count;

        public override IReadOnlyList<T> Load(IReadOnlyList<int> positions) => [.. positions.Select(p => items[p])];
    }
}

/// <summary>The items of a JSON Lines file, found again by the place of their line and parsed by the reader that first read them.</summary>
/// <param name="path">The file as the user named it.</param>
/// <param name="spans">Where each item's line is.</param>
/// <param name="readLine">The reader's line mapping, given a fresh duplicate-id check for each load.</param>
internal sealed class LineItems<T>(string path, IReadOnlyList<LineSpan> spans, Func<JsonElement, int, JsonErrorScope, UniqueIds, T?> readLine) : ItemSource<T>
    where T : class
{
    private readonly FileStamp stamp = FileStamp.Of(path);

    public override int Count => spans.Count;

    public override IReadOnlyList<T> Load(IReadOnlyList<int> positions)
    {
        if (FileStamp.Of(path) != stamp)
        {
            throw InputFiles.PathError(path, "changed while the run was using it (its size or time is not what it was when first read); run again");
        }

        var errors = new DataErrorList();
        var ids = new UniqueIds();
        List<T> items;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            items = JsonLinesFile.ReadAt(path, file, positions.Select(p => spans[p]), errors, (line, number, scope) => readLine(line, number, scope, ids));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputFiles.PathError(path, "cannot be read again: " + e.Message);
        }

        errors.ThrowIfAny();
        if (items.Count != positions.Count)
        {
            throw InputFiles.PathError(path, "changed while the run was using it; run again");
        }

        return items;
    }
}

/// <summary>A file's length and last write time, to notice that it changed between two reads.</summary>
internal readonly record struct FileStamp(long Length, DateTime Modified)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
    }
}

/// <summary>A benchmark as an index: every instance's id and task, and the instances themselves read when asked for.</summary>
/// <param name="Name">Display name (by default the file name without extension).</param>
/// <param name="Format">The reader that produced it.</param>
/// <param name="Source">Full path of the file read.</param>
/// <param name="Entries">Each instance's id and task, in file order.</param>
/// <param name="Instances">The instances, by the same positions.</param>
public sealed record BenchmarkIndex(string Name, string Format, string Source, IReadOnlyList<(string Id, string Task)> Entries, ItemSource<Instance> Instances)
{
    /// <summary>An index over a benchmark already read whole.</summary>
    public static BenchmarkIndex Of(Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return new(benchmark.Name, benchmark.Format, benchmark.Source, [.. benchmark.Instances.Select(i => (i.Id, i.Task))], ItemSource<Instance>.Held(benchmark.Instances));
    }
}

/// <summary>One system's outputs as an index: the instance id of each, and the outputs themselves read when asked for.</summary>
/// <param name="InstanceIds">The instance each output answers, in file order.</param>
/// <param name="Outputs">The outputs, by the same positions.</param>
public sealed record OutputIndex(IReadOnlyList<string> InstanceIds, ItemSource<SystemOutput> Outputs)
{
    /// <summary>An index over outputs already read whole.</summary>
    public static OutputIndex Of(IReadOnlyList<SystemOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return new([.. outputs.Select(o => o.InstanceId)], ItemSource<SystemOutput>.Held(outputs));
    }
}
