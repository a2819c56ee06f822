using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Metrics.Reference;

/// <summary>The text the text metrics compare: every non-empty text block, in order, joined with a line break.</summary>
internal static class ReferenceText
{
    /// <summary>The joined text, or null when there is no non-empty text block.</summary>
    public static string? Of(IEnumerable<AIContent> content)
    {
        var texts = content.Where(ContentImages.IsText).Cast<TextContent>().Select(t => t.Text).ToList();
        return texts.Count == 0 ? null : string.Join('\n', texts);
    }
}
