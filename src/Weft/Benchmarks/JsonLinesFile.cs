using System.Buffers;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace Weft.Benchmarks;

/// <summary>Reads a JSON Lines file one line at a time, reporting syntax errors and going on with the next line.</summary>
internal static class JsonLinesFile
{
    /// <summary>Maps every non-blank line that parses; <paramref name="readLine"/> returns null for a line it reported.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="errors">Where problems are collected.</param>
    /// <param name="readLine">Maps one parsed line (given its number and a scope to report in).</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    public static List<T> Read<T>(
        string path,
        ReadOnlyMemory<byte> utf8,
        DataErrorList errors,
        Func<JsonElement, int, JsonErrorScope, T?> readLine,
        CancellationToken cancellationToken)
        where T : class
    {
        List<T> items = [];
        Scan(path, utf8, errors, readLine, (item, _) => items.Add(item), cancellationToken);
        return items;
    }

    /// <summary>As <see cref="Read{T}"/>, handing each item to <paramref name="keep"/> with where its line is instead of collecting them.</summary>
    public static void Scan<T>(
        string path,
        ReadOnlyMemory<byte> utf8,
        DataErrorList errors,
        Func<JsonElement, int, JsonErrorScope, T?> readLine,
        Action<T, LineSpan> keep,
        CancellationToken cancellationToken)
        where T : class
        => Scan(path, JsonLines.Locate(utf8), errors, readLine, keep, cancellationToken);

    /// <summary>As <see cref="Scan{T}(string, ReadOnlyMemory{byte}, DataErrorList, Func{JsonElement, int, JsonErrorScope, T}, Action{T, LineSpan}, CancellationToken)"/>, reading the file a block at a time.</summary>
    public static void Scan<T>(
        string path,
        DataErrorList errors,
        Func<JsonElement, int, JsonErrorScope, T?> readLine,
        Action<T, LineSpan> keep,
        CancellationToken cancellationToken)
        where T : class
    {
        if (Directory.Exists(path))
        {
            throw InputFiles.PathError(path, "is a folder; expected a file");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            Scan(path, JsonLines.Locate(stream), errors, readLine, keep, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw InputFiles.PathError(path, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputFiles.PathError(path, "cannot be read: " + e.Message);
        }
    }

    /// <summary>
    /// Scans a whole input file on a pool thread (see <see cref="Scan{T}(string, DataErrorList, Func{JsonElement, int, JsonErrorScope, T}, Action{T, LineSpan}, CancellationToken)"/>)
    /// and throws <see cref="DataFormatException"/> with every problem, or when the file holds no <paramref name="noun"/>.
    /// </summary>
    public static Task ScanAllAsync<T>(string path, string noun, Func<JsonElement, int, JsonErrorScope, T?> readLine, Action<T, LineSpan> keep, CancellationToken cancellationToken)
        where T : class => Task.Run(
        () =>
        {
            var errors = new DataErrorList();
            var count = 0;
            Scan(path, errors, readLine, (item, span) =>
            {
                count++;
                keep(item, span);
            }, cancellationToken);
            if (errors.Count == 0 && count == 0)
            {
                errors.Add(path, 0, "path", "holds no " + noun);
            }

            errors.ThrowIfAny();
        },
        cancellationToken);

    private static void Scan<T>(
        string path,
        IEnumerable<(int Line, ReadOnlyMemory<byte> Text, long Offset)> lines,
        DataErrorList errors,
        Func<JsonElement, int, JsonErrorScope, T?> readLine,
        Action<T, LineSpan> keep,
        CancellationToken cancellationToken)
        where T : class
    {
        foreach (var (line, text, offset) in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadOne(path, text, line, errors, readLine) is { } item)
            {
                keep(item, new LineSpan(offset, text.Length, line));
            }
        }
    }

    /// <summary>Reads the lines at <paramref name="spans"/> of an open file again, in the order given.</summary>
    public static List<T> ReadAt<T>(
        string path, SafeFileHandle file, IEnumerable<LineSpan> spans, DataErrorList errors, Func<JsonElement, int, JsonErrorScope, T?> readLine)
        where T : class
    {
        List<T> items = [];
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            foreach (var span in spans)
            {
                if (buffer.Length < span.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(span.Length);
                }

                var read = 0;
                while (read < span.Length && RandomAccess.Read(file, buffer.AsSpan(read, span.Length - read), span.Offset + read) is var n and > 0)
                {
                    read += n;
                }

                if (read < span.Length)
                {
                    errors.Add(path, span.Line, "path", "ended before this line; the file changed while the run was reading it");
                    continue;
                }

                if (ReadOne(path, buffer.AsMemory(0, span.Length), span.Line, errors, readLine) is { } item)
                {
                    items.Add(item);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return items;
    }

    private static T? ReadOne<T>(string path, ReadOnlyMemory<byte> text, int line, DataErrorList errors, Func<JsonElement, int, JsonErrorScope, T?> readLine)
        where T : class
    {
        var scope = new JsonErrorScope(errors, path, _ => line);
        JsonDocument document;
        try
        {
            document = JsonText.Parse(text);
        }
        catch (JsonException e)
        {
            scope.Report(JsonText.SyntaxField, JsonText.Describe(e));
            return null;
        }

        using (document)
        {
            return readLine(document.RootElement, line, scope);
        }
    }
}
