using Weft.Runs;

namespace Weft.Arena;

/// <summary>How <c>weft arena judge</c> ended.</summary>
/// <param name="Battles">Battles in scope.</param>
/// <param name="Judged">Battles with a verdict (both orders judged, or the one order with --single-order).</param>
/// <param name="Errors">Battles with an order in error (no verdict).</param>
/// <param name="Pending">Battles not finished (interrupted or dry run).</param>
/// <param name="BothOrders">Battles with a verdict in each order: the base of position consistency.</param>
/// <param name="Consistent">Of those, battles whose two verdicts name the same side once ties are forced (FDT).</param>
/// <param name="Identical">Of those, battles whose two verdicts are exactly the same.</param>
/// <param name="Sent">Requests answered by the judge in this run.</param>
/// <param name="CacheHits">Requests answered from the store in this run.</param>
/// <param name="InputTokens">Input tokens the judge reported in this run.</param>
/// <param name="OutputTokens">Output tokens the judge reported in this run.</param>
/// <param name="Verdicts">One verdict per judged battle, in battle order: combined (shown null) or single-order (shown AB).</param>
/// <param name="OrderVerdicts">Every judged order's own verdict, mapped to the battle's orientation, with its shown order.</param>
/// <param name="Estimate">Request and token estimate, for dry runs.</param>
/// <param name="MaxErrorRate">The error-rate limit the run was held to.</param>
public sealed record ArenaJudgeOutcome(
    int Battles,
    int Judged,
    int Errors,
    int Pending,
    int BothOrders,
    int Consistent,
    int Identical,
    long Sent,
    long CacheHits,
    long InputTokens,
    long OutputTokens,
    IReadOnlyList<PairwiseVerdict> Verdicts,
    IReadOnlyList<PairwiseVerdict> OrderVerdicts,
    DryRunEstimate? Estimate,
    double MaxErrorRate)
{
    /// <summary>Of <see cref="Errors"/>, those whose reply held no valid answer even after the repair request: running again
    /// reuses the stored replies, so only <c>--retry-errors</c> asks again. The rest are transport errors, tried again on any run.</summary>
    public int ReplyErrors { get; init; }

    /// <summary>Share of battles judged in both orders whose verdicts agree under FDT; null when there are none.</summary>
    public double? PositionConsistency => BothOrders == 0 ? null : (double)Consistent / BothOrders;

    /// <summary>Share of battles judged in both orders whose two verdicts are identical; null when there are none.</summary>
    public double? ExactAgreement => BothOrders == 0 ? null : (double)Identical / BothOrders;

    /// <summary>Share of finished battles in error (0 when none finished).</summary>
    public double ErrorRate => Judged + Errors == 0 ? 0 : (double)Errors / (Judged + Errors);

    /// <summary>Whether the error rate is above the limit.</summary>
    public bool ErrorRateExceeded => ErrorRate > MaxErrorRate;
}
