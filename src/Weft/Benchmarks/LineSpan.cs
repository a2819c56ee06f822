namespace Weft.Benchmarks;

/// <summary>Where one line of a JSON Lines file is: its first byte, its length in bytes (no line break) and its 1-based number.</summary>
internal readonly record struct LineSpan(long Offset, int Length, int Line);
