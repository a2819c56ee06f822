namespace Weft.Protocols;

/// <summary>What a judge reply really says: accepted scores, and a problem for every expected key without one.</summary>
/// <param name="Scores">Accepted scores, in the order the keys were expected.</param>
/// <param name="Problems">One problem per expected key that has no accepted score, in the order the keys were expected.</param>
/// <param name="Method">The reading that produced the scores, or <see cref="ParseMethod.None"/> when nothing was found.</param>
public sealed record ScoreParseResult(IReadOnlyList<CriterionScore> Scores, IReadOnlyList<CriterionProblem> Problems, ParseMethod Method)
{
    /// <summary>True when every expected key has an accepted score.</summary>
    public bool IsComplete => Problems.Count == 0;
}
