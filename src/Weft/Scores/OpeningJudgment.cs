using Weft.Protocols;

namespace Weft.Scores;

/// <summary>One output's opening-score judgment as stored: the scores the judge really gave, and a problem for each criterion without one.</summary>
/// <param name="InstanceId">Instance id.</param>
/// <param name="System">System name.</param>
/// <param name="Scores">Valid scores with their justifications, in <see cref="OpeningCriteria.All"/> order.</param>
/// <param name="Problems">One problem per criterion without a valid score, in the same order; empty when all seven are scored.</param>
/// <param name="RequestKey">Key of the first request (identifies the exact question, contents included).</param>
/// <param name="RepairKey">Key of the repair request, when one was sent.</param>
/// <param name="Method">How the scores were read from the reply (and from the repair reply), or null.</param>
/// <param name="ErrorKind">Null when all seven criteria are scored; one of <see cref="ErrorKinds"/> (transport, refusal, unparseable, out_of_range, truncated; <c>reply</c> in older runs).</param>
/// <param name="Error">What went wrong, or null.</param>
/// <param name="JudgedAt">When it finished (UTC).</param>
internal sealed record OpeningJudgment(
    string InstanceId,
    string System,
    IReadOnlyList<CriterionScore> Scores,
    IReadOnlyList<CriterionProblem> Problems,
    string RequestKey,
    string? RepairKey,
    string? Method,
    string? ErrorKind,
    string? Error,
    DateTimeOffset JudgedAt)
{

    /// <summary>The seven rows of this judgment in the shape score files are read into (a missing score keeps its problem).</summary>
    public IEnumerable<OpeningScore> Rows()
    {
        foreach (var criterion in OpeningCriteria.All)
        {
            var score = Scores.FirstOrDefault(s => s.Key == criterion);
            yield return score is not null
                ? new OpeningScore(InstanceId, System, criterion, score.Score, score.Explanation, null)
                : new OpeningScore(InstanceId, System, criterion, null, null, Problems.FirstOrDefault(p => p.Key == criterion)?.Problem ?? Error ?? "missing");
        }
    }
}
