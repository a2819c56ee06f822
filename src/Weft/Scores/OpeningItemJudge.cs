using Weft.Content;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Scores;

/// <summary>Scores one output on OpenING's seven criteria through the judge loop, and keeps the result in the shape opening-score stores.</summary>
internal sealed class OpeningItemJudge(JudgeLoop loop)
{
    /// <summary>Requests the judge refused for good (4xx other than 401, 403, 408 and 429).</summary>
    public int Rejections => loop.Rejections;

    /// <summary>The judgment of <paramref name="output"/> on <paramref name="instance"/>, asked with <paramref name="request"/> (built by the protocol for them).</summary>
    public async Task<OpeningJudgment> JudgeAsync(Instance instance, SystemOutput output, JudgeRequest request, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        var answer = await loop.AskAsync(request, cancellationToken);
        var method = answer.RepairMethod is { } repaired ? $"{answer.FirstMethod}; repair {repaired}" : answer.FirstMethod?.ToString();
        var scores = answer.Given.Select(g => new CriterionScore(g.Value.Key, g.Value.Score, g.Value.Explanation)).ToList();
        return new OpeningJudgment(instance.Id, output.System, scores, answer.Problems, request.Key, answer.Repair?.Key, method, answer.ErrorKindName, answer.Error, now());
    }
}
