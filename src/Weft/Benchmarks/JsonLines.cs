namespace Weft.Benchmarks;

/// <summary>Splits JSON Lines text into its non-blank lines.</summary>
internal static class JsonLines
{
    /// <summary>The non-blank lines of UTF-8 text with their 1-based numbers; a byte order mark and CR before LF are dropped.</summary>
    public static IEnumerable<(int Line, ReadOnlyMemory<byte> Text)> Split(ReadOnlyMemory<byte> utf8) =>
        Locate(utf8).Select(l => (l.Line, l.Text));

    /// <summary>As <see cref="Split"/>, with where each line starts in <paramref name="utf8"/> (byte order mark included).</summary>
    public static IEnumerable<(int Line, ReadOnlyMemory<byte> Text, long Offset)> Locate(ReadOnlyMemory<byte> utf8)
    {
        var rest = InputFiles.WithoutBom(utf8);
        long offset = utf8.Length - rest.Length;
        var number = 0;
        while (!rest.IsEmpty)
        {
            number++;
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            if (!IsBlank(line.Span))
            {
                yield return (number, line, offset);
            }

            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            offset += end < 0 ? line.Length : end + 1;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;
}
