namespace Weft.Runs;

/// <summary>An instance as the store lists it: enough to group and order results.</summary>
/// <param name="Id">Instance identifier.</param>
/// <param name="Task">Task name.</param>
/// <param name="Ordinal">Position in the benchmark file (0-based).</param>
public sealed record InstanceRow(string Id, string Task, int Ordinal);
