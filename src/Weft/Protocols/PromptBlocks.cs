using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Protocols;

/// <summary>How every protocol puts a section's content into a judge request: texts as they are, each image after its label.</summary>
internal static class PromptBlocks
{
    /// <summary>
    /// Appends <paramref name="blocks"/> to <paramref name="target"/>: each image labelled and numbered within
    /// <paramref name="side"/> (an image that could not be loaded is replaced by a note), each text as it is, and
    /// <see cref="InterleavedEvalPrompt.Empty"/> when the section has neither.
    /// </summary>
    public static void Append(List<AIContent> target, IReadOnlyList<AIContent> blocks, string side, IImageIndex images)
    {
        var imageNumber = 0;
        var any = false;
        foreach (var block in blocks)
        {
            if (ContentImages.IsImage(block))
            {
                imageNumber++;
                any = true;
                if (images.Sha256(block) is null)
                {
                    target.Add(new TextContent(InterleavedEvalPrompt.MissingImage(side, imageNumber)));
                }
                else
                {
                    target.Add(new TextContent(InterleavedEvalPrompt.ImageLabel(side, imageNumber)));
                    target.Add(block);
                }
            }
            else if (ContentImages.IsText(block))
            {
                any = true;
                target.Add(new TextContent(((TextContent)block).Text));
            }
        }

        if (!any)
        {
            target.Add(new TextContent(InterleavedEvalPrompt.Empty));
        }
    }
}
