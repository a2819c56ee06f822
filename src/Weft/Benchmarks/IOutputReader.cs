using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Reads the outputs of one system (a file or a folder) in one format.</summary>
public interface IOutputReader
{
    /// <summary>Short format name ("weft", "opening").</summary>
    string Format { get; }

    /// <summary>Whether the path looks like this format (cheap: name and first bytes only).</summary>
    bool CanRead(string path);

    /// <summary>Reads and validates every output found; throws <see cref="DataFormatException"/> listing every problem.</summary>
    /// <param name="system">The system name given by the user; it names every output returned.</param>
    /// <param name="path">A file or folder holding that system's outputs.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<SystemOutput>> ReadAsync(string system, string path, CancellationToken cancellationToken);

    /// <summary>
    /// Reads and validates every output as <see cref="ReadAsync"/> does, keeping what a long run needs to find each again
    /// (by default everything read).
    /// </summary>
    async Task<OutputIndex> IndexAsync(string system, string path, CancellationToken cancellationToken) =>
        OutputIndex.Of(await ReadAsync(system, path, cancellationToken));
}
