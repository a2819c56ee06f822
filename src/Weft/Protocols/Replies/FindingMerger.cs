namespace Weft.Protocols.Replies;

/// <summary>Decides each expected key from everything the reply says about it, never choosing between disagreeing places.</summary>
internal static class FindingMerger
{
    public static ScoreParseResult Merge(IReadOnlyList<string> expected, IReadOnlyList<Finding> findings, ParseMethod method)
    {
        var scores = new List<CriterionScore>();
        var problems = new List<CriterionProblem>();
        var ordered = findings.OrderBy(finding => finding.Position).ToList();
        foreach (var key in expected)
        {
            var all = ordered.Where(finding => finding.Key == key).ToList();
            var said = all.Where(finding => finding.Value.Kind != ScoreValueKind.Absent).ToList();
            var distinct = said.Select(finding => finding.Value.Text).Distinct(StringComparer.Ordinal).ToList();
            if (said.Count == 0)
            {
                problems.Add(new CriterionProblem(key, all.Count == 0 ? "missing" : ScoreValue.Absent().Problem));
            }
            else if (distinct.Count > 1)
            {
                problems.Add(new CriterionProblem(key, "conflicting scores " + JoinWithAnd(distinct)));
            }
            else if (said[0].Value.Kind == ScoreValueKind.Valid)
            {
                // The structured answer's explanation is the judge's considered one; a text restatement is the fallback.
                var explanation = said.OrderBy(finding => !finding.FromJson).Select(finding => finding.Explanation)
                    .FirstOrDefault(text => text.Length > 0) ?? "";
                scores.Add(new CriterionScore(key, said[0].Value.Score, explanation));
            }
            else
            {
                problems.Add(new CriterionProblem(key, said[0].Value.Problem));
            }
        }

        return new ScoreParseResult(scores, problems, method);
    }

    private static string JoinWithAnd(List<string> values) =>
        values.Count == 2 ? $"{values[0]} and {values[1]}" : string.Join(", ", values[..^1]) + " and " + values[^1];
}
