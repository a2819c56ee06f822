using Weft.Meta.Statistics;

namespace Weft.Meta;

/// <summary>A correlation with its bootstrap interval (null when no bootstrap was asked for or none applies, as for the human ceiling).</summary>
/// <param name="Point">The correlation on all units.</param>
/// <param name="Interval">The percentile bootstrap interval, or null.</param>
public sealed record CorrelationEstimate(Correlation Point, BootstrapInterval? Interval);
