namespace Weft.Benchmarks;

/// <summary>Splits JSON Lines text into its non-blank lines.</summary>
internal static class JsonLines
{
    /// <summary>The non-blank lines of UTF-8 text with their 1-based numbers; a byte order mark and CR before LF are dropped.</summary>
    public static IEnumerable<(int Line, ReadOnlyMemory<byte> Text)> Split(ReadOnlyMemory<byte> utf8)
    {
        utf8 = InputFiles.WithoutBom(utf8);
        var number = 0;
        while (!utf8.IsEmpty)
        {
            number++;
            var end = utf8.Span.IndexOf((byte)'\n');
            var line = end < 0 ? utf8 : utf8[..end];
            utf8 = end < 0 ? ReadOnlyMemory<byte>.Empty : utf8[(end + 1)..];
            if (!IsBlank(line.Span))
            {
                yield return (number, line);
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;
}
