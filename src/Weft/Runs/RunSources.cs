namespace Weft.Runs;

/// <summary>
/// Where a run's content lives: the benchmark file and each system's outputs, as absolute paths with the format used.
/// The store keeps ids and hashes, not content; reports and the web app re-read the content from these files.
/// </summary>
/// <param name="Benchmark">Absolute path of the benchmark file.</param>
/// <param name="BenchmarkFormat">The benchmark format name, or null when it was detected.</param>
/// <param name="Systems">Each system's outputs (absolute paths), in the order first evaluated.</param>
public sealed record RunSources(string Benchmark, string? BenchmarkFormat, IReadOnlyList<SystemSource> Systems)
{
    /// <summary>These sources with <paramref name="newer"/> added or, for a system named again, replaced.</summary>
    public RunSources Merge(RunSources newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        var systems = Systems.Select(s => newer.Systems.FirstOrDefault(n => n.Name == s.Name) ?? s).ToList();
        systems.AddRange(newer.Systems.Where(n => Systems.All(s => s.Name != n.Name)));
        return new RunSources(newer.Benchmark, newer.BenchmarkFormat, systems);
    }
}
