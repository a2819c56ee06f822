namespace Weft.Runs;

/// <summary>How <c>weft eval</c> ended.</summary>
/// <param name="Instances">Instances in scope.</param>
/// <param name="Outputs">Outputs present (over all systems).</param>
/// <param name="MissingOutputs">Instance × system pairs with no output.</param>
/// <param name="ImageProblems">Images missing or undecodable.</param>
/// <param name="Judged">Outputs finished with every applicable aspect scored (or all N/A).</param>
/// <param name="Errors">Outputs finished with at least one aspect in error.</param>
/// <param name="Pending">Outputs not finished (interrupted, dry run, or no judge).</param>
/// <param name="Sent">Requests that reached the judge in this run (attempts, retries included).</param>
/// <param name="CacheHits">Requests answered from the store in this run.</param>
/// <param name="Estimate">Request and token estimate, for dry runs.</param>
/// <param name="MaxErrorRate">The error-rate limit the run was held to.</param>
public sealed record EvalOutcome(
    int Instances,
    int Outputs,
    int MissingOutputs,
    int ImageProblems,
    int Judged,
    int Errors,
    int Pending,
    long Sent,
    long CacheHits,
    DryRunEstimate? Estimate,
    double MaxErrorRate)
{
    /// <summary>Of <see cref="Errors"/>, those whose reply held no valid answer even after the repair request: running again
    /// reuses the stored replies, so only <c>--retry-errors</c> asks again. The rest are transport errors, tried again on any run.</summary>
    public int ReplyErrors { get; init; }

    /// <summary>Input tokens the judge reported for the requests this run sent.</summary>
    public long InputTokens { get; init; }

    /// <summary>Output tokens the judge reported for the requests this run sent.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Share of finished outputs in error (0 when none finished).</summary>
    public double ErrorRate => Judged + Errors == 0 ? 0 : (double)Errors / (Judged + Errors);

    /// <summary>Whether the error rate is above the limit.</summary>
    public bool ErrorRateExceeded => ErrorRate > MaxErrorRate;
}
