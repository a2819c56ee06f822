using Weft.Protocols;

namespace Weft.Arena;

/// <summary>
/// One pairwise verdict: on <paramref name="InstanceId"/>, <paramref name="SystemA"/> against <paramref name="SystemB"/>.
/// <paramref name="Source"/> is "judge:MODEL|PROMPT-ID", "annotator:NAME" or "import:FILE"; <paramref name="Shown"/> is
/// the order the sides were shown in, or null when unknown.
/// </summary>
public sealed record PairwiseVerdict(
    string InstanceId,
    string SystemA,
    string SystemB,
    PairwiseWinner Winner,
    string Source,
    ShownOrder? Shown,
    string? Comment = null);
