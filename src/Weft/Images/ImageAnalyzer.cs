using System.Numerics;
using SkiaSharp;

namespace Weft.Images;

/// <summary>Decodes images fully and measures them: size, perceptual hash and luma statistics.</summary>
public static class ImageAnalyzer
{
    /// <summary>Side of the grey copy the luma statistics are taken on (64).</summary>
    public const int GridSize = 64;

    /// <summary>Decodes the whole image (at a reduced scale where the codec allows) and measures it; thread-safe.</summary>
    /// <exception cref="ImageLoadException">With <see cref="ImageLoadProblem.Undecodable"/> when the bytes cannot be fully decoded, including truncated files,
    /// or <see cref="ImageLoadProblem.TooLarge"/> when the image claims more than 64 megapixels at the smallest scale the codec offers.</exception>
    public static ImageFacts Analyze(LoadedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var decoded = SkiaDecoder.Decode(image, _ => new SKSizeI(GridSize, GridSize));
        var grid = LumaGrid.From(decoded.Bitmap, GridSize);
        var (mean, stdDev) = LumaGrid.Statistics(grid);
        var hash = PerceptualHash.Compute(LumaGrid.Halve(grid, GridSize));
        return new ImageFacts(image.Sha256, image.MediaType, decoded.Width, decoded.Height, hash, mean, stdDev);
    }

    /// <summary>The facts the header alone gives (hash, format, upright size), without decoding any pixel; see <see cref="ImageFacts.HeaderOnly"/>.</summary>
    /// <exception cref="ImageLoadException">With <see cref="ImageLoadProblem.Undecodable"/> when the decoder does not recognise the header or it claims no pixels.</exception>
    internal static ImageFacts Header(LoadedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (width, height) = SkiaDecoder.UprightSize(image);
        return new ImageFacts(image.Sha256, image.MediaType, width, height, 0, 0, 0) { HeaderOnly = true };
    }

    /// <summary>Number of differing bits between two perceptual hashes, 0 (same) to 64.</summary>
    public static int HammingDistance(ulong first, ulong second) => BitOperations.PopCount(first ^ second);
}
