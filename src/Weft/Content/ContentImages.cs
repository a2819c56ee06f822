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

    /// <summary>An image block that refers to a file already resolved inside a dataset root.</summary>
    public static UriContent FromFile(string fullPath) => new(new Uri(Path.GetFullPath(fullPath)), UnknownImageMediaType);

    /// <summary>The local file behind an image block, or null when it is inline or remote.</summary>
    public static string? LocalPath(AIContent content) =>
        content is UriContent { Uri.IsFile: true } uri ? uri.Uri.LocalPath : null;

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
