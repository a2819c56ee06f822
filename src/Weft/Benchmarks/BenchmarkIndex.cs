using Weft.Content;

namespace Weft.Benchmarks;

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
