namespace Weft.Analysis;

/// <summary>An offline heuristic metric (not a judge score) of one system, over the outputs where it was observed.</summary>
/// <param name="System">System name.</param>
/// <param name="Metric">Metric name (for example "images.near_duplicates").</param>
/// <param name="N">Number of outputs where the metric was observed (at least 1).</param>
/// <param name="Mean">Mean value over those outputs.</param>
/// <param name="CiLow">Lower bound of the Student-t confidence interval of the mean; null when N &lt; 2.</param>
/// <param name="CiHigh">Upper bound of the Student-t confidence interval of the mean; null when N &lt; 2.</param>
public sealed record MetricStats(string System, string Metric, int N, double Mean, double? CiLow, double? CiHigh);
