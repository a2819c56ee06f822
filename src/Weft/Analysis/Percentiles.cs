namespace Weft.Analysis;

/// <summary>Percentiles of a sample by linear interpolation between order statistics (Hyndman–Fan type 7, as R and NumPy by default).</summary>
internal static class Percentiles
{
    /// <summary>The <paramref name="p"/>-quantile (0–1) of an ascending sorted, non-empty sample.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 >= sorted.Length ? sorted[^1] : sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
    }
}
