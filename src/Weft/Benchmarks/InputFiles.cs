namespace Weft.Benchmarks;

/// <summary>Reads input files, turning every I/O failure into a <see cref="DataFormatException"/> that names the file.</summary>
internal static class InputFiles
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes of a file; <paramref name="path"/> is kept as the user wrote it for messages.</summary>
    public static async Task<byte[]> ReadAllBytesAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw PathError(path, "is a folder; expected a file");
        }

        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw PathError(path, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PathError(path, "cannot be read: " + e.Message);
        }
    }

    /// <summary>The text after a UTF-8 byte order mark, if there is one.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;

    /// <summary>An error about the path itself, shown as <c>file: problem</c> (line 0: it is not about any line).</summary>
    public static DataFormatException PathError(string path, string problem) => new(new DataError(path, 0, "path", problem));
}
