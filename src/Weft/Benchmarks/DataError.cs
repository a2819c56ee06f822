namespace Weft.Benchmarks;

/// <summary>
/// One problem found in an input file, located by file, 1-based line and field. A line of 0 means the problem is about
/// the file as a whole (it is missing, a folder, of an unknown format), not about any line in it.
/// </summary>
public sealed record DataError(string File, int Line, string Field, string Problem)
{
    /// <summary>
    /// The error as <c>file:line: field: problem</c>; without a line, <c>file: field: problem</c>, and a problem with the
    /// path itself as <c>file: problem</c> (a "line 0" would send the reader looking for a line that does not exist).
    /// </summary>
    public override string ToString() => (Line > 0, Field) switch
    {
        (true, _) => $"{File}:{Line}: {Field}: {Problem}",
        (false, "path") => $"{File}: {Problem}",
        _ => $"{File}: {Field}: {Problem}",
    };
}
