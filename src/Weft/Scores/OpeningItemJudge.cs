using Weft.Content;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Scores;

/// <summary>
/// Scores one output on OpenING's seven criteria: asks the judge, sends one repair request when the reply leaves a
/// criterion without a valid score, and records what is still missing as an error. Never turns a failure into a score.
/// </summary>
internal sealed class OpeningItemJudge(OpeningScoreProtocol protocol, IImageIndex images, CachedJudge judge)
{
    private readonly JudgeFailures failures = new();

    /// <summary>Requests the judge refused for good (4xx other than 401, 403, 408 and 429).</summary>
    public int Rejections => failures.Rejections;

    /// <summary>The judgment of <paramref name="output"/> on <paramref name="instance"/>, asked with <paramref name="request"/> (built by the protocol for them).</summary>
    public async Task<OpeningJudgment> JudgeAsync(Instance instance, SystemOutput output, JudgeRequest request, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        StoredReply reply;
        try
        {
            reply = await judge.GetReplyAsync(request, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            var error = "judge request failed: " + e.Message;
            return Row([], request.Key, null, null, OpeningJudgment.TransportError, error, _ => error);
        }

        var parsed = OpeningScoreProtocol.Parse(reply.Reply);
        if (parsed.IsComplete)
        {
            return Row(parsed.Scores, request.Key, null, parsed.Method.ToString(), null, null, _ => "missing");
        }

        // The judge's first valid scores stand; the repair only fills the criteria the first reply left without one.
        var repair = protocol.BuildRepair(request, reply.Reply, parsed, images);
        try
        {
            reply = await judge.GetReplyAsync(repair, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            var error = $"reply unusable ({Problems(parsed)}); the repair request failed: {e.Message}";
            return Row(parsed.Scores, request.Key, repair.Key, parsed.Method.ToString(), OpeningJudgment.TransportError, error, c => $"{Problem(parsed, c)} in the reply; the repair request failed");
        }

        var repaired = OpeningScoreProtocol.Parse(reply.Reply);
        var scores = parsed.Scores.Concat(repaired.Scores.Where(s => !parsed.Scores.Any(p => p.Key == s.Key))).ToList();
        var method = $"{parsed.Method}; repair {repaired.Method}";
        var still = OpeningCriteria.All.Where(c => !scores.Any(s => s.Key == c)).ToList();
        if (still.Count == 0)
        {
            return Row(scores, request.Key, repair.Key, method, null, null, _ => "missing");
        }

        string Reason(string criterion) => $"no valid score: {Problem(parsed, criterion)} in the reply, {Problem(repaired, criterion)} after the repair request";
        return Row(scores, request.Key, repair.Key, method, OpeningJudgment.ReplyError, $"{still[0]}: {Reason(still[0])}" + (still.Count > 1 ? $" (and {still.Count - 1} more criteria)" : string.Empty), Reason);

        OpeningJudgment Row(IReadOnlyList<CriterionScore> given, string key, string? repairKey, string? how, string? kind, string? error, Func<string, string> problem)
        {
            var ordered = OpeningCriteria.All.Select(c => given.FirstOrDefault(s => s.Key == c)).OfType<CriterionScore>().ToList();
            var problems = OpeningCriteria.All.Where(c => !ordered.Any(s => s.Key == c)).Select(c => new CriterionProblem(c, problem(c))).ToList();
            return new OpeningJudgment(instance.Id, output.System, ordered, problems, key, repairKey, how, kind, error, now());
        }
    }

    private static string Problem(ScoreParseResult parsed, string criterion) => parsed.Problems.FirstOrDefault(p => p.Key == criterion)?.Problem ?? "missing";

    private static string Problems(ScoreParseResult parsed) => string.Join("; ", parsed.Problems.Select(p => $"{p.Key}: {p.Problem}"));

}
