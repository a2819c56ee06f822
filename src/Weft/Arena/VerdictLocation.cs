namespace Weft.Arena;

/// <summary>Where a verdict was read: the file as the user named it and its 1-based line (0 when not from a file).</summary>
public readonly record struct VerdictLocation(string File, int Line)
{
    /// <summary>The location as <c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
