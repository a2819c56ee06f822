using Weft.Images;

namespace Weft.Metrics.Reference;

/// <summary>Similarity of two perceptual hashes: 1 − Hamming distance / 64, from 0 to 1 (1 for equal hashes).</summary>
/// <remarks>The hash's DC bit is always 0, so two hashes differ in at most 63 bits and the lowest value reached is 1/64.</remarks>
internal static class PhashSimilarity
{
    public static double Of(ulong first, ulong second) => 1 - (ImageAnalyzer.HammingDistance(first, second) / 64.0);
}
