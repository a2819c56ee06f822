using Weft.Analysis;

namespace Weft.Scores;

/// <summary>One criterion's figures for one system.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="RoundedMean">OpenING's figure: the mean score rounded to 2 decimals as Python's round does; null when no item has a score.</param>
/// <param name="Mean">Our figure: the unrounded mean with its 95% Student-t interval over the items with a score.</param>
/// <param name="Missing">Items without a usable score for this criterion (missing or unparseable); never counted as 0.</param>
public sealed record OpeningCriterionSummary(string Criterion, double? RoundedMean, MeanInterval Mean, int Missing);
