using System.Text.Json;

namespace Weft.Benchmarks;

/// <summary>Cheap looks at the start of a file, for format detection; never throws for an unreadable file.</summary>
internal static class JsonProbe
{
    // Enough for the first line of any benchmark we know (OpenING's longest line is about 10 kB) without reading a
    // multi-gigabyte file whole.
    private const int MaxProbeBytes = 1 << 20;

    /// <summary>The first byte that is not white space (after a byte order mark), or null when there is none.</summary>
    public static byte? FirstNonWhitespaceByte(string path)
    {
        var head = InputFiles.WithoutBom(Head(path, 4096)).Span;
        var index = head.IndexOfAnyExcept(" \t\r\n"u8);
        return index < 0 ? null : head[index];
    }

    /// <summary>Whether the first non-blank line of a file is a JSON object holding all the keys.</summary>
    public static bool FirstLineHasKeys(string path, params string[] keys)
    {
        foreach (var (_, text) in JsonLines.Split(Head(path, MaxProbeBytes)))
        {
            return HasKeys(text, keys);
        }

        return false;
    }

    /// <summary>Whether a whole (small) file is a JSON object holding all the keys.</summary>
    public static bool FileHasKeys(string path, params string[] keys) =>
        HasKeys(InputFiles.WithoutBom(Head(path, MaxProbeBytes)), keys);

    private static bool HasKeys(ReadOnlyMemory<byte> json, string[] keys)
    {
        try
        {
            using var document = JsonText.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && keys.All(key => document.RootElement.TryGetProperty(key, out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] Head(string path, int count)
    {
        try
        {
            if (!File.Exists(path))
            {
                return [];
            }

            using var stream = File.OpenRead(path);
            var buffer = new byte[(int)Math.Min(count, stream.Length)];
            stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
