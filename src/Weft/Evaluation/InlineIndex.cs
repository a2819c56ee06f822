using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;

namespace Weft.Evaluation;

/// <summary>An image index built by loading the images of one evaluation (no image check pass, no store).</summary>
internal sealed class InlineIndex(Dictionary<string, string> hashes) : IImageIndex
{
    public string? Sha256(AIContent image) => hashes.GetValueOrDefault(ContentImages.Key(image));

    public static async Task<InlineIndex> BuildAsync(IEnumerable<AIContent> content, ImageLoader loader, CancellationToken cancellationToken)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var image in content.Where(ContentImages.IsImage))
        {
            try
            {
                hashes[ContentImages.Key(image)] = (await loader.LoadAsync(image, cancellationToken)).Sha256;
            }
            catch (ImageLoadException)
            {
                // The judge is told the image could not be loaded; the verdict then reflects what it could see.
            }
        }

        return new InlineIndex(hashes);
    }
}
