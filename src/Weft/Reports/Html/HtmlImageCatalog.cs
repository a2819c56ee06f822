using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Reports.Html;

/// <summary>
/// Gives every distinct image block (by <see cref="ContentImages.Key"/>) a short id that the page refers to, so that an
/// image used by several instances or systems is embedded once; images with equal bytes are merged later by hash.
/// </summary>
public sealed class HtmlImageCatalog
{
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);
    private readonly List<(string Id, AIContent Image)> images = [];

    /// <summary>Images in the order first seen, with their ids.</summary>
    public IReadOnlyList<(string Id, AIContent Image)> Images => images;

    /// <summary>The id of <paramref name="image"/> (for example "i12"), assigned on first sight.</summary>
    public string Id(AIContent image)
    {
        var key = ContentImages.Key(image);
        if (!ids.TryGetValue(key, out var id))
        {
            id = "i" + images.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids.Add(key, id);
            images.Add((id, image));
        }

        return id;
    }
}
