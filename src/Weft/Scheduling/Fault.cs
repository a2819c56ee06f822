namespace Weft.Scheduling;

/// <summary>What went wrong with one attempt, as the scheduler sees it.</summary>
/// <param name="Kind">Short kind: "rate-limited", "server-error", "timeout", "network", "garbage-reply", "rejected", "auth".</param>
/// <param name="Transient">Whether another attempt may succeed.</param>
/// <param name="RetryAfter">The delay the server asked for, when it sent one.</param>
/// <param name="Message">One line for logs and the store (never contains a key).</param>
public sealed record Fault(string Kind, bool Transient, TimeSpan? RetryAfter, string Message);
