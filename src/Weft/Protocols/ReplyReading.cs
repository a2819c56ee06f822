namespace Weft.Protocols;

/// <summary>What a reply says for the criteria its request asked: valid answers, and a problem for each criterion without one.</summary>
/// <param name="Values">Valid answers, in the order the criteria were asked.</param>
/// <param name="Problems">One problem per asked criterion without a valid answer.</param>
/// <param name="Method">The reading that found the answers.</param>
public sealed record ReplyReading(IReadOnlyList<CriterionReading> Values, IReadOnlyList<CriterionProblem> Problems, ParseMethod Method)
{
    /// <summary>True when every asked criterion has a valid answer.</summary>
    public bool IsComplete => Problems.Count == 0;

    /// <summary>The problems as one line ("key: problem; key: problem").</summary>
    public string ProblemText => string.Join("; ", Problems.Select(p => $"{p.Key}: {p.Problem}"));

    /// <summary>The problem of <paramref name="key"/>, or "missing".</summary>
    public string ProblemOf(string key) => Problems.FirstOrDefault(p => p.Key == key)?.Problem ?? "missing";

    /// <summary>The reading of a score parse.</summary>
    public static ReplyReading From(ScoreParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new([.. parsed.Scores.Select(s => new CriterionReading(s.Key, s.Score, null, s.Explanation))], parsed.Problems, parsed.Method);
    }
}
