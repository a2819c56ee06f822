namespace Weft.Scheduling;

/// <summary>What went wrong with one attempt, as the scheduler sees it.</summary>
/// <param name="Kind">Short kind: "rate-limited", "server-error", "timeout", "network", "garbage-reply", "rejected", "auth", "unreachable".</param>
/// <param name="Transient">Whether another attempt may succeed.</param>
/// <param name="RetryAfter">The delay the server asked for, when it sent one.</param>
/// <param name="Message">One line for logs and the store (never contains a key).</param>
public sealed record Fault(string Kind, bool Transient, TimeSpan? RetryAfter, string Message)
{
    /// <summary>
    /// Whether the fault means no request can succeed with these settings (the key is rejected, the endpoint refuses
    /// connections or does not exist), so the run stops at once with one clear line instead of recording an error per item.
    /// </summary>
    public bool StopsRun => Kind is "auth" or "unreachable";

    /// <summary>Whether the attempt reached the judge (a reply or an HTTP status came back), for the count of requests sent.</summary>
    public bool ReachedJudge => Kind is not ("network" or "unreachable");
}
