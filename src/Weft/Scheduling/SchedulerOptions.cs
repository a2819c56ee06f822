namespace Weft.Scheduling;

/// <summary>Limits and retry policy for calls to a remote judge.</summary>
/// <param name="Concurrency">Requests in flight at once (default 8).</param>
/// <param name="RequestsPerMinute">Client-side request rate limit; null for none.</param>
/// <param name="TokensPerMinute">Client-side token rate limit (estimated input + output tokens); null for none.</param>
/// <param name="RequestTimeout">Time limit for one attempt (default 120 s).</param>
/// <param name="MaxRetries">Retries after the first attempt for transient faults (default 6).</param>
/// <param name="BaseDelay">First backoff delay; doubles each retry, with jitter (default 1 s).</param>
/// <param name="MaxDelay">Longest backoff delay, and the longest Retry-After honoured (default 60 s).</param>
public sealed record SchedulerOptions(
    int Concurrency = 8,
    int? RequestsPerMinute = null,
    int? TokensPerMinute = null,
    TimeSpan? RequestTimeout = null,
    int MaxRetries = 6,
    TimeSpan? BaseDelay = null,
    TimeSpan? MaxDelay = null)
{
    /// <summary>The effective per-attempt timeout.</summary>
    public TimeSpan Timeout => RequestTimeout ?? TimeSpan.FromSeconds(120);

    /// <summary>The effective first backoff delay.</summary>
    public TimeSpan FirstDelay => BaseDelay ?? TimeSpan.FromSeconds(1);

    /// <summary>The effective longest delay.</summary>
    public TimeSpan LongestDelay => MaxDelay ?? TimeSpan.FromSeconds(60);
}
