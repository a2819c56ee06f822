using Weft.Protocols;

namespace Weft.Arena;

/// <summary>
/// One judge request's outcome as stored: the judge saw <paramref name="First"/> as Response 1 (A) and
/// <paramref name="Second"/> as Response 2 (B); <paramref name="Winner"/> is in that shown order.
/// </summary>
/// <param name="InstanceId">Instance id.</param>
/// <param name="First">System shown first.</param>
/// <param name="Second">System shown second.</param>
/// <param name="Winner">The verdict in shown order, or null on error.</param>
/// <param name="Explanation">The judge's explanation, or null on error.</param>
/// <param name="RequestKey">Key of the first request (identifies the exact question, contents included).</param>
/// <param name="Method">How the verdict was read from the reply, or null.</param>
/// <param name="ErrorKind">Null when judged; <c>reply</c> (no usable verdict after repair) or <c>transport</c>.</param>
/// <param name="Error">What went wrong, or null.</param>
/// <param name="JudgedAt">When it finished (UTC).</param>
internal sealed record ArenaJudgment(
    string InstanceId,
    string First,
    string Second,
    PairwiseWinner? Winner,
    string? Explanation,
    string RequestKey,
    string? Method,
    string? ErrorKind,
    string? Error,
    DateTimeOffset JudgedAt)
{
    /// <summary>Error kind of a reply that gave no usable verdict, even after the repair request.</summary>
    public const string ReplyError = "reply";

    /// <summary>Error kind of a request the judge never answered.</summary>
    public const string TransportError = "transport";
}
