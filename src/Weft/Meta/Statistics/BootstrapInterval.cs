namespace Weft.Meta.Statistics;

/// <summary>
/// A percentile bootstrap confidence interval. Resamples whose statistic is undefined (for example all resampled human
/// scores equal) are skipped and counted in <paramref name="UndefinedSamples"/>; the interval itself is undefined when
/// more than <see cref="CorrelationBootstrap.MaxUndefinedShare"/> of the resamples were.
/// </summary>
/// <param name="Lower">Lower bound (the (1 − level)/2 quantile of the defined resamples); null when undefined.</param>
/// <param name="Upper">Upper bound (the (1 + level)/2 quantile); null when undefined.</param>
/// <param name="Level">Confidence level, strictly between 0 and 1 (default 0.95).</param>
/// <param name="Samples">Resamples drawn (1 or more).</param>
/// <param name="UndefinedSamples">Resamples skipped because their statistic was undefined.</param>
/// <param name="UndefinedReason">Why the interval is undefined; null when defined.</param>
public sealed record BootstrapInterval(double? Lower, double? Upper, double Level, int Samples, int UndefinedSamples, string? UndefinedReason);
