using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Tests.Benchmarks;

/// <summary>Content written as short strings, so that tests can compare whole sequences at once.</summary>
internal static class ContentDump
{
    /// <summary>"text: …" for text, "file: path" (relative to <paramref name="root"/>, with /) for local images,
    /// "url: …" for remote images and "data: media/type" for inline images.</summary>
    public static string[] Of(IEnumerable<AIContent>? content, string root) =>
        content is null ? [] : [.. content.Select(block => One(block, root))];

    private static string One(AIContent block, string root) => block switch
    {
        TextContent text => "text: " + text.Text,
        UriContent { Uri.IsFile: true } file => "file: " + Path.GetRelativePath(root, file.Uri.LocalPath).Replace('\\', '/'),
        UriContent uri => $"url: {uri.Uri} ({uri.MediaType})",
        DataContent data => $"data: {data.MediaType} ({data.Data.Length} bytes)",
        _ => block.GetType().Name,
    };

    /// <summary>Whether every image block is one the readers may produce (file images must exist under the root check).</summary>
    public static bool AllImagesAreUnknownType(IEnumerable<AIContent> content) =>
        content.Where(ContentImages.IsImage).OfType<UriContent>().All(u => u.MediaType == ContentImages.UnknownImageMediaType);
}
