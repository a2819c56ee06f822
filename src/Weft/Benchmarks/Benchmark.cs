using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>A named set of instances read from one file by a format reader.</summary>
/// <param name="Name">Display name (by default the file name without extension).</param>
/// <param name="Format">The reader that produced it: "weft", "opening" or "interleavedbench".</param>
/// <param name="Source">Full path of the file read.</param>
/// <param name="Root">Folder that image paths are resolved in and may not leave.</param>
/// <param name="Instances">Instances in file order.</param>
public sealed record Benchmark(string Name, string Format, string Source, string Root, IReadOnlyList<Instance> Instances);
