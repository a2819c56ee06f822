using Weft.Content;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Arena;

/// <summary>Judges one battle in one shown order through the judge loop, and keeps the result in the shape the arena stores. Never picks a side for the judge.</summary>
internal sealed class PairJudge(JudgeLoop loop, IImageIndex images)
{
    /// <summary>Requests the judge refused for good (4xx other than 401, 403, 408 and 429).</summary>
    public int Rejections => loop.Rejections;

    /// <summary>The judgment of <paramref name="first"/> (shown first) against <paramref name="second"/>.</summary>
    public async Task<ArenaJudgment> JudgeAsync(Instance instance, SystemOutput first, SystemOutput second, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        var request = loop.Protocol.BuildRequests(new JudgeUnit(instance, first, second), [PairwiseProtocol.WinnerCriterion], images)[0];
        var answer = await loop.AskAsync(request, cancellationToken);
        var given = answer.Given.Count > 0 ? answer.Given[0] : null;
        return new ArenaJudgment(
            instance.Id, first.System, second.System, given is null ? null : (PairwiseWinner)given.Value.Score, given?.Value.Explanation,
            request.Key, given?.Method.ToString(), answer.ErrorKindName, answer.Error, now());
    }
}
