namespace Weft.Runs;

/// <summary>Totals over a store's replies and faults.</summary>
/// <param name="Replies">Stored replies (judge and repair requests answered).</param>
/// <param name="RepairReplies">Of those, replies to repair requests.</param>
/// <param name="InputTokens">Sum of reported input tokens.</param>
/// <param name="OutputTokens">Sum of reported output tokens.</param>
/// <param name="Faults">Failed attempts recorded.</param>
public sealed record StoreTotals(long Replies, long RepairReplies, long InputTokens, long OutputTokens, long Faults);
