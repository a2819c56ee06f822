namespace Weft.Meta;

/// <summary>
/// How the outputs of the run were used for one aspect and one metric. Each output is counted once: first as having no
/// human rating, then as N/A (either side, or no metric value), then as a judge error (or not judged yet).
/// </summary>
/// <param name="Used">Outputs with both a score and a human mean.</param>
/// <param name="NotApplicable">Outputs left out because the judge, the metric or every rater said N/A.</param>
/// <param name="JudgeErrors">Outputs left out because the judge gave no valid score.</param>
/// <param name="NoHumanRating">Outputs no rater rated for this aspect.</param>
public sealed record AspectCoverage(int Used, int NotApplicable, int JudgeErrors, int NoHumanRating);
