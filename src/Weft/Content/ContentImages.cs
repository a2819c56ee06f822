using System.Security.Cryptography;
using Microsoft.Extensions.AI;

namespace Weft.Content;

/// <summary>Helpers for the image blocks of an interleaved sequence.</summary>
/// <remarks>
/// Images read from disk are kept as <see cref="UriContent"/> with a <c>file:</c> URI (already checked to lie inside
/// the dataset root) so that a large benchmark never holds its images in memory; remote images are
/// <see cref="UriContent"/> with an <c>http(s):</c> URI; inline images are <see cref="DataContent"/>. Their bytes are
/// read only when needed, through the image loader, and the media type is always taken from the bytes.
/// </remarks>
public static class ContentImages
{
    /// <summary>The media type given to images whose format is not known until their bytes are read.</summary>
    public const string UnknownImageMediaType = "image/*";

    /// <summary>Whether a block is an image (inline or by reference).</summary>
    public static bool IsImage(AIContent content) => content switch
    {
        DataContent data => data.HasTopLevelMediaType("image"),
        UriContent uri => uri.HasTopLevelMediaType("image"),
        _ => false,
    };

    /// <summary>Whether a block is non-empty text.</summary>
    public static bool IsText(AIContent content) => content is TextContent text && !string.IsNullOrWhiteSpace(text.Text);

    /// <summary>The key of <see cref="AIContent.AdditionalProperties"/> holding the folder a file image must stay inside.</summary>
    public const string RootProperty = "weft.root";

    /// <summary>An image block that refers to a file already resolved inside <paramref name="root"/> (null: the file's own folder, for files Weft wrote).</summary>
    /// <remarks>
    /// Every path segment is percent-encoded into the URI, so that the URI names exactly the checked file: a file named
    /// <c>a%20b.png</c> stays <c>a%20b.png</c>, and a folder named <c>%2e%2e</c> is never decoded into <c>..</c> (which
    /// <see cref="Uri"/> would then collapse, leaving the root). The root travels with the block and is checked again when
    /// the bytes are read (<see cref="CheckedLocalPath"/>).
    /// </remarks>
    public static UriContent FromFile(string fullPath, string? root = null)
    {
        var full = Path.GetFullPath(fullPath);
        root ??= Path.GetDirectoryName(full)!;
        return new UriContent(FileUri(full), UnknownImageMediaType)
        {
            AdditionalProperties = new() { [RootProperty] = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) },
        };
    }

    /// <summary>The local file behind an image block, or null when it is inline or remote.</summary>
    public static string? LocalPath(AIContent content) =>
        content is UriContent { Uri.IsFile: true } uri ? uri.Uri.LocalPath : null;

    /// <summary>
    /// The local file behind an image block, checked at the moment of reading: the path must be in canonical form (no
    /// dot segments, whatever the URI was built from) and inside the root the block was created with.
    /// </summary>
    /// <returns>The path, or null with <paramref name="problem"/> saying why the file must not be read.</returns>
    public static string? CheckedLocalPath(AIContent content, out string problem)
    {
        problem = "";
        if (LocalPath(content) is not { } path)
        {
            problem = "not a local file";
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = "not a valid path: " + e.Message;
            return null;
        }

        if (!string.Equals(full, path, StringComparison.Ordinal))
        {
            problem = "the path is not in canonical form (it holds . or .. segments); refused";
            return null;
        }

        if (content.AdditionalProperties?.TryGetValue(RootProperty, out var value) == true && value is string root
            && !PathNames.IsBelow(root, full))
        {
            problem = $"the file lies outside the dataset folder {root}; refused";
            return null;
        }

        return full;
    }

    private static Uri FileUri(string fullPath)
    {
        var path = Path.DirectorySeparatorChar == '\\' ? fullPath.Replace('\\', '/') : fullPath;
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            // A Windows drive ("C:") is the one segment kept as written.
            if (!(i == 0 && segments[i].Length == 2 && segments[i][1] == ':'))
            {
                segments[i] = Uri.EscapeDataString(segments[i]);
            }
        }

        var escaped = string.Join('/', segments);
        return new Uri((escaped.StartsWith('/') ? "file://" : "file:///") + escaped);
    }

    /// <summary>Number of image blocks in a sequence.</summary>
    public static int CountImages(IEnumerable<AIContent> content) => content.Count(IsImage);

    /// <summary>Number of non-empty text blocks in a sequence.</summary>
    public static int CountTexts(IEnumerable<AIContent> content) => content.Count(IsText);

    /// <summary>A stable key identifying an image block's image: the full path for files, the URL for remote images, "sha256:&lt;hex&gt;" for inline data.</summary>
    /// <exception cref="ArgumentException">The block is neither a <see cref="UriContent"/> nor a <see cref="DataContent"/>.</exception>
    public static string Key(AIContent image) => image switch
    {
        UriContent { Uri.IsFile: true } uri => uri.Uri.LocalPath,
        UriContent uri => uri.Uri.AbsoluteUri,
        DataContent data => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(data.Data.Span)),
        _ => throw new ArgumentException($"{image?.GetType().Name ?? "null"} is not an image block", nameof(image)),
    };

    /// <summary>A short human-readable name for an image block, for messages and reports.</summary>
    public static string Describe(AIContent content) => content switch
    {
        UriContent { Uri.IsFile: true } uri => uri.Uri.LocalPath,
        UriContent uri => uri.Uri.ToString(),
        DataContent data => data.Name ?? $"inline {data.MediaType} ({data.Data.Length} bytes)",
        _ => content.GetType().Name,
    };
}
