namespace Weft.Runs;

/// <summary>One value of an offline (heuristic) metric for one output.</summary>
/// <param name="System">System name.</param>
/// <param name="InstanceId">Instance identifier.</param>
/// <param name="Task">Task of the instance.</param>
/// <param name="Metric">Metric name (for example "images.near_duplicates").</param>
/// <param name="Value">The value; metrics that cannot be computed for an output are simply not observed.</param>
public sealed record MetricObservation(string System, string InstanceId, string Task, string Metric, double Value);
