using System.Text.Json;

namespace Weft.Benchmarks;

/// <summary>The items of a JSON Lines file, found again by the place of their line and parsed by the reader that first read them.</summary>
/// <param name="path">The file as the user named it.</param>
/// <param name="spans">Where each item's line is.</param>
/// <param name="readLine">The reader's line mapping, given a fresh duplicate-id check for each load.</param>
internal sealed class LineItems<T>(string path, IReadOnlyList<LineSpan> spans, Func<JsonElement, int, JsonErrorScope, UniqueIds, T?> readLine) : ItemSource<T>
    where T : class
{
    private readonly FileStamp stamp = FileStamp.Of(path);

    public override int Count => spans.Count;

    public override IReadOnlyList<T> Load(IReadOnlyList<int> positions)
    {
        if (FileStamp.Of(path) != stamp)
        {
            throw InputFiles.PathError(path, "changed while the run was using it (its size or time is not what it was when first read); run again");
        }

        var errors = new DataErrorList();
        var ids = new UniqueIds();
        List<T> items;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            items = JsonLinesFile.ReadAt(path, file, positions.Select(p => spans[p]), errors, (line, number, scope) => readLine(line, number, scope, ids));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputFiles.PathError(path, "cannot be read again: " + e.Message);
        }

        errors.ThrowIfAny();
        if (items.Count != positions.Count)
        {
            throw InputFiles.PathError(path, "changed while the run was using it; run again");
        }

        return items;
    }
}

/// <summary>A file's length and last write time, to notice that it changed between two reads.</summary>
internal readonly record struct FileStamp(long Length, DateTime Modified)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
    }
}
