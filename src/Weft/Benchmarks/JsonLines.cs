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

    /// <summary>
    /// As <see cref="Locate(ReadOnlyMemory{byte})"/>, reading <paramref name="stream"/> a block at a time: memory holds
    /// the longest line, not the file. Each line's text is valid until the next one is asked for.
    /// </summary>
    public static IEnumerable<(int Line, ReadOnlyMemory<byte> Text, long Offset)> Locate(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        int start = 0, scanned = 0, end = 0, number = 0;
        long offset = 0;
        var atEnd = false;
        while (end < 3 && !atEnd)
        {
            atEnd = Fill(stream, ref buffer, ref end);
        }

        if (buffer.AsSpan(0, end).StartsWith(Bom))
        {
            start = scanned = Bom.Length;
            offset = Bom.Length;
        }

        while (true)
        {
            var newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline < 0 && !atEnd)
            {
                // Keep the unfinished line at the front of the buffer (doubling it for a long line) and read on.
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                (scanned, end, start) = (end - start, end - start, 0);
                atEnd = Fill(stream, ref buffer, ref end);
                continue;
            }

            if (newline < 0 && start == end)
            {
                yield break;
            }

            var stop = newline < 0 ? end : scanned + newline;
            number++;
            var line = new ReadOnlyMemory<byte>(buffer, start, stop - start);
            if (!IsBlank(line.Span))
            {
                yield return (number, line, offset);
            }

            if (newline < 0)
            {
                yield break;
            }

            offset += stop + 1 - start;
            start = scanned = stop + 1;
        }
    }

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    // Reads more of the stream after end (growing a full buffer); true at the end of the stream.
    private static bool Fill(Stream stream, ref byte[] buffer, ref int end)
    {
        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        return read == 0;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;
}
