namespace Weft.Runs;

/// <summary>How judging one system's output for one instance finished.</summary>
/// <param name="System">System name.</param>
/// <param name="InstanceId">Instance identifier.</param>
/// <param name="Status">"judged" (every applicable aspect scored) or "error" (at least one aspect in error).</param>
/// <param name="ErrorKind">For errors: one of <see cref="Protocols.ErrorKinds"/>: "transport" (no usable reply; retried on the next run) or a reply error ("refusal", "unparseable", "out_of_range", "truncated"; "reply" in older runs: no valid score even after one repair request).</param>
/// <param name="Error">For errors: one line saying what went wrong.</param>
/// <param name="FinishedAt">When the item finished (UTC).</param>
public sealed record ItemRecord(string System, string InstanceId, string Status, string? ErrorKind, string? Error, DateTimeOffset FinishedAt)
{
    /// <summary>Status of an item whose applicable aspects were all scored.</summary>
    public const string Judged = "judged";

    /// <summary>Status of an item with at least one aspect in error.</summary>
    public const string Failed = "error";
}
