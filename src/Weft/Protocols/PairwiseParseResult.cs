
namespace Weft.Protocols;

/// <summary>What a pairwise judge reply says, in the order the responses were shown (A = Response 1).</summary>
/// <param name="Winner">The verdict, or null when the reply gives none or contradicts itself.</param>
/// <param name="Explanation">The judge's explanation (the whole reply when it is not JSON); empty when absent.</param>
/// <param name="Method">The reading that found the verdict, or <see cref="ParseMethod.None"/>.</param>
/// <param name="Problem">Why there is no verdict ("no verdict found", "conflicting verdicts ..."); null when there is one.</param>
public sealed record PairwiseParseResult(PairwiseWinner? Winner, string Explanation, ParseMethod Method, string? Problem)
{
    /// <summary>True when the reply gave exactly one verdict.</summary>
    public bool IsValid => Winner is not null;
}
