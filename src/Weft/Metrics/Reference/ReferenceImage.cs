namespace Weft.Metrics.Reference;

/// <summary>What the image metrics need of one image: its perceptual hash and its 256 × 256 luma grid, each when asked for and decodable.</summary>
internal sealed record ReferenceImage(ulong? Hash, double[]? Luma)
{
    /// <summary>Side of the square luma grid SSIM is computed on (256).</summary>
    public const int Side = 256;
}
