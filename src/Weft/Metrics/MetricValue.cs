namespace Weft.Metrics;

/// <summary>One offline metric computed for one output.</summary>
/// <param name="Name">Metric name, one of <see cref="OfflineMetrics.Names"/>.</param>
/// <param name="Value">The value; its range is given by <see cref="OfflineMetrics.Describe"/>.</param>
public sealed record MetricValue(string Name, double Value);
