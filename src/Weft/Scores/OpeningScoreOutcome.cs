using Weft.Runs;

namespace Weft.Scores;

/// <summary>How <c>weft eval --protocol opening-score</c> ended.</summary>
/// <param name="Instances">Instances selected.</param>
/// <param name="Outputs">Outputs found for them (instances × systems, less the missing ones).</param>
/// <param name="MissingOutputs">Selected (instance, system) pairs without an output.</param>
/// <param name="ImageProblems">Unusable images found by the image check.</param>
/// <param name="Scored">Outputs with a valid score on all seven criteria.</param>
/// <param name="Errors">Outputs finished in error: a criterion without a valid score after the repair request, or no reply at all.</param>
/// <param name="Pending">Outputs not finished (dry run, or interrupted).</param>
/// <param name="Sent">Requests that reached the judge in this run (attempts, retries included).</param>
/// <param name="CacheHits">Requests answered from the store in this run.</param>
/// <param name="InputTokens">Input tokens the judge reported in this run.</param>
/// <param name="OutputTokens">Output tokens the judge reported in this run.</param>
/// <param name="Scores">Seven rows (one per criterion, a missing score with its problem) for every finished output, in benchmark then system order.</param>
/// <param name="Estimate">Request and token estimate, for dry runs.</param>
/// <param name="MaxErrorRate">The error-rate limit the run was held to.</param>
public sealed record OpeningScoreOutcome(
    int Instances,
    int Outputs,
    int MissingOutputs,
    int ImageProblems,
    int Scored,
    int Errors,
    int Pending,
    long Sent,
    long CacheHits,
    long InputTokens,
    long OutputTokens,
    IReadOnlyList<OpeningScore> Scores,
    DryRunEstimate? Estimate,
    double MaxErrorRate)
{
    /// <summary>Of <see cref="Errors"/>, those whose reply held no valid answer even after the repair request: running again
    /// reuses the stored replies, so only <c>--retry-errors</c> asks again. The rest are transport errors, tried again on any run.</summary>
    public int ReplyErrors { get; init; }

    /// <summary>Share of finished outputs in error (0 when none finished).</summary>
    public double ErrorRate => Scored + Errors == 0 ? 0 : (double)Errors / (Scored + Errors);

    /// <summary>Whether the error rate is above the limit.</summary>
    public bool ErrorRateExceeded => ErrorRate > MaxErrorRate;
}
