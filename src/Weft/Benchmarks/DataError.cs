namespace Weft.Benchmarks;

/// <summary>One problem found in an input file, located by file, 1-based line and field.</summary>
public sealed record DataError(string File, int Line, string Field, string Problem)
{
    /// <summary>The error as <c>file:line: field: problem</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Field}: {Problem}";
}
