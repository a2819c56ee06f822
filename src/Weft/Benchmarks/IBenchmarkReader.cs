namespace Weft.Benchmarks;

/// <summary>Reads one benchmark file format into instances.</summary>
public interface IBenchmarkReader
{
    /// <summary>Short format name used by <c>--format</c> ("weft", "opening", "interleavedbench").</summary>
    string Format { get; }

    /// <summary>Whether the file looks like this format (cheap: name and first bytes only).</summary>
    bool CanRead(string path);

    /// <summary>Reads and validates the whole file; throws <see cref="DataFormatException"/> listing every problem.</summary>
    Task<Benchmark> ReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Reads and validates the whole file as <see cref="ReadAsync"/> does, keeping what a long run needs to find each
    /// instance again (by default everything read).
    /// </summary>
    async Task<BenchmarkIndex> IndexAsync(string path, CancellationToken cancellationToken) =>
        BenchmarkIndex.Of(await ReadAsync(path, cancellationToken));
}
