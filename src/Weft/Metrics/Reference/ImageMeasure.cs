using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Images;

namespace Weft.Metrics.Reference;

/// <summary>Loads and decodes one image once for the image metrics: its perceptual hash and its 256 × 256 luma grid.</summary>
internal static class ImageMeasure
{
    /// <summary>The image's measures, or null when it cannot be read or decoded; <paramref name="knownHash"/> saves hashing again.</summary>
    public static async Task<ReferenceImage?> MeasureAsync(
        ImageLoader loader, AIContent image, bool hash, bool luma, ulong? knownHash, CancellationToken cancellationToken)
    {
        if ((!hash || knownHash is not null) && !luma)
        {
            return new ReferenceImage(knownHash, null);
        }

        try
        {
            var loaded = await loader.LoadAsync(image, cancellationToken);
            var phash = hash ? knownHash ?? ImageAnalyzer.Analyze(loaded).PerceptualHash : (ulong?)null;
            return new ReferenceImage(phash, luma ? Luma(loaded) : null);
        }
        catch (ImageLoadException)
        {
            return null;
        }
    }

    // Exact area averaging down (or pixel repetition up) to a square grid: both images of a pair end up the same size
    // whatever their sizes and aspect ratios, and no source pixel is skipped.
    private static double[] Luma(LoadedImage image)
    {
        using var decoded = SkiaDecoder.Decode(image, _ => new SKSizeI(ReferenceImage.Side, ReferenceImage.Side));
        return LumaGrid.From(decoded.Bitmap, ReferenceImage.Side);
    }
}
