using Weft.Benchmarks;

namespace Weft.Arena;

/// <summary>
/// Reads pairwise verdicts from Weft's JSONL (one verdict a line, see docs/arena.md) or OpenING's arena JSON array, chosen
/// by content: a file whose first non-blank character is <c>[</c> is OpenING's.
/// </summary>
public static class PairwiseVerdictReader
{
    /// <summary>Reads one file; see <see cref="ReadAsync(IReadOnlyList{string}, ArenaAliases?, CancellationToken)"/>.</summary>
    public static Task<VerdictSet> ReadAsync(string path, ArenaAliases? aliases = null, CancellationToken cancellationToken = default) =>
        ReadAsync([path], aliases, cancellationToken);

    /// <summary>
    /// Reads and concatenates files, applying <paramref name="aliases"/> and giving each system one spelling (the first seen,
    /// case-insensitively); every problem in every file is collected before throwing.
    /// </summary>
    /// <exception cref="DataFormatException">A file is missing or holds invalid verdicts (each as <c>file:line: field: problem</c>).</exception>
    public static async Task<VerdictSet> ReadAsync(IReadOnlyList<string> paths, ArenaAliases? aliases = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var names = new SystemNames(aliases ?? ArenaAliases.None);
        var errors = new DataErrorList();
        List<PairwiseVerdict> verdicts = [];
        List<VerdictLocation> locations = [];
        foreach (var path in paths)
        {
            var utf8 = InputFiles.WithoutBom(await InputFiles.ReadAllBytesAsync(path, cancellationToken));
            var first = utf8.Span.IndexOfAnyExcept(" \t\r\n"u8);
            var read = first >= 0 && utf8.Span[first] == (byte)'['
                ? OpeningVerdictArray.Read(path, utf8, names, errors)
                : WeftVerdictLines.Read(path, utf8, names, errors, cancellationToken);
            foreach (var (verdict, line) in read)
            {
                verdicts.Add(verdict);
                locations.Add(new VerdictLocation(path, line));
            }
        }

        errors.ThrowIfAny();
        return new VerdictSet(verdicts, locations);
    }
}
