namespace Weft.Runs;

/// <summary>How one system's output for one instance ended, as analysis sees it.</summary>
/// <param name="System">System name.</param>
/// <param name="InstanceId">Instance identifier.</param>
/// <param name="Task">Task of the instance.</param>
/// <param name="OutputMissing">True when the system has no output for the instance; <paramref name="Aspects"/> is then empty.</param>
/// <param name="Aspects">One result per aspect of the protocol, in protocol order; empty for an output not judged yet.</param>
public sealed record ItemResult(string System, string InstanceId, string Task, bool OutputMissing, IReadOnlyList<AspectResult> Aspects);
