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
/// <param name="ErrorKind">Null when judged; one of <see cref="ErrorKinds"/> (transport, refusal, unparseable, out_of_range, truncated; <c>reply</c> in older runs).</param>
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
}
