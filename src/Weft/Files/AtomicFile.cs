using System.Text;

namespace Weft.Files;

/// <summary>Writes files so that a reader never sees half of one: write beside the target, then move into place.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, creating the folder if needed.</summary>
    public static Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken = default) =>
        WriteAsync(path, (stream, ct) => stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), ct).AsTask(), cancellationToken);

    /// <summary>Writes <paramref name="bytes"/>, creating the folder if needed.</summary>
    public static Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        WriteAsync(path, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask(), cancellationToken);

    /// <summary>Lets <paramref name="write"/> fill a temporary file, then moves it over <paramref name="path"/>; on failure the target is untouched.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, useAsync: true))
            {
                await write(stream, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
