using Weft.Meta.Statistics;

namespace Weft.Meta;

/// <summary>Inter-rater reliability of one aspect over the rated outputs of the run.</summary>
/// <param name="Aspect">Aspect key, or "overall".</param>
/// <param name="AlphaInterval">Krippendorff's alpha with the interval metric (N = pairable ratings).</param>
/// <param name="AlphaOrdinal">Krippendorff's alpha with the ordinal metric (N = pairable ratings).</param>
/// <param name="MeanPairwiseSpearman">Mean Spearman's rho over rater pairs (N = pairs averaged).</param>
/// <param name="PairsSkipped">Rater pairs left out: fewer than 3 shared outputs or a constant side.</param>
/// <param name="Raters">Raters who gave at least one score for the aspect.</param>
/// <param name="Units">Outputs with at least one score for the aspect.</param>
public sealed record ReliabilityRow(string Aspect, Correlation AlphaInterval, Correlation AlphaOrdinal, Correlation MeanPairwiseSpearman, int PairsSkipped, int Raters, int Units);
