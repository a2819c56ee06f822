namespace Weft.Runs;

/// <summary>Whether a system has an output for an instance, and a hash of its content when it does.</summary>
/// <param name="System">System name.</param>
/// <param name="InstanceId">Instance identifier.</param>
/// <param name="Present">False when the system has no output for the instance (a missing output, not a failure).</param>
/// <param name="ContentHash">SHA-256 over the output's texts and image references, when present.</param>
public sealed record OutputRow(string System, string InstanceId, bool Present, string? ContentHash);
