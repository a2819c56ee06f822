namespace Weft.Images;

/// <summary>What analysis learned about one decodable image; small enough to keep for every image of a benchmark.</summary>
/// <param name="Sha256">Lowercase hex SHA-256 of the encoded bytes.</param>
/// <param name="MediaType">The format detected from the bytes.</param>
/// <param name="Width">Width in pixels as displayed (EXIF orientation applied).</param>
/// <param name="Height">Height in pixels as displayed (EXIF orientation applied).</param>
/// <param name="PerceptualHash">64-bit DCT perceptual hash; compare with <see cref="ImageAnalyzer.HammingDistance"/>.</param>
/// <param name="MeanLuma">Mean luma, 0 (black) to 255 (white), of a 64 × 64 grey copy composited over white.</param>
/// <param name="LumaStdDev">Standard deviation of that luma, 0 (one flat colour) to 127.5.</param>
public sealed record ImageFacts(
    string Sha256,
    string MediaType,
    int Width,
    int Height,
    ulong PerceptualHash,
    double MeanLuma,
    double LumaStdDev)
{
    /// <summary>
    /// True for facts from the header check only (hash, format and size; no decode): perceptual hash and luma are 0 and
    /// the image may still turn out undecodable when it is decoded before its request is built.
    /// </summary>
    internal bool HeaderOnly { get; init; }
}
