namespace Weft.Analysis;

/// <summary>A sample mean with its Student-t confidence interval.</summary>
/// <param name="N">Number of values.</param>
/// <param name="Mean">The mean; null when N = 0.</param>
/// <param name="Low">Lower bound; null when N &lt; 2 (the interval is undefined, not zero-width).</param>
/// <param name="High">Upper bound; null when N &lt; 2.</param>
/// <param name="Level">Confidence level, strictly between 0 and 1 (0.95 for a 95% interval).</param>
public sealed record MeanInterval(int N, double? Mean, double? Low, double? High, double Level);
