using Weft.Content;
using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// Judges one output: decides applicability, asks the judge, sends one repair request when the reply lacks valid
/// scores, and turns what remains missing into recorded errors. Never turns a failure into a score.
/// </summary>
internal sealed class ItemJudge(InterleavedEvalProtocol protocol, IImageIndex images, CachedJudge judge, RunConfig config)
{
    private readonly JudgeFailures failures = new();

    /// <summary>Requests the judge refused for good (4xx other than 401, 403, 408 and 429).</summary>
    public int Rejections => failures.Rejections;

    public async Task<(ItemRecord Item, IReadOnlyList<VerdictRecord> Verdicts)> JudgeAsync(
        Instance instance, SystemOutput output, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        var applicability = protocol.Decide(instance, output);
        var verdicts = applicability.NotApplicable.Select(v => Record(v, null, null)).ToList();
        var requests = protocol.BuildRequests(instance, output, applicability.Applicable, images);
        var answers = await Task.WhenAll(requests.Select(r => AskAsync(r, cancellationToken)));

        string? errorKind = null, error = null;
        foreach (var answer in answers)
        {
            verdicts.AddRange(answer.Verdicts);
            if (answer.ErrorKind is not null && errorKind != ItemRecord.TransportError)
            {
                // A transport error outranks a reply error: it is the one a later run can still fix by itself.
                (errorKind, error) = (answer.ErrorKind, answer.Error);
            }
        }

        verdicts.Sort((a, b) => Order(a.Aspect).CompareTo(Order(b.Aspect)));
        var status = errorKind is null ? ItemRecord.Judged : ItemRecord.Failed;
        return (new ItemRecord(output.System, output.InstanceId, status, errorKind, error, now()), verdicts);
    }

    private async Task<Answer> AskAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        StoredReply first;
        try
        {
            first = await judge.GetReplyAsync(request, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            return Failed(request.Aspects, request.Key, null, ItemRecord.TransportError, "judge request failed: " + e.Message);
        }

        var parsed = InterleavedEvalProtocol.Parse(request, first.Reply);
        var firstScores = parsed.Scores.ToDictionary(s => s.Key, StringComparer.Ordinal);
        if (parsed.IsComplete)
        {
            return new Answer([.. request.Aspects.Select(a => Scored(a, firstScores[Aspects.Key(a)], request.Key, parsed.Method))], null, null);
        }

        var repair = protocol.BuildRepair(request, first.Reply, parsed, images);
        var verdicts = request.Aspects
            .Where(a => firstScores.ContainsKey(Aspects.Key(a)))
            .Select(a => Scored(a, firstScores[Aspects.Key(a)], request.Key, parsed.Method))
            .ToList();
        StoredReply second;
        try
        {
            second = await judge.GetReplyAsync(repair, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            var failed = Failed(repair.Aspects, request.Key, parsed.Method, ItemRecord.TransportError, $"reply unusable ({Problems(parsed)}); the repair request failed: {e.Message}");
            return failed with { Verdicts = [.. verdicts, .. failed.Verdicts] };
        }

        var repaired = InterleavedEvalProtocol.Parse(repair, second.Reply);
        var secondScores = repaired.Scores.ToDictionary(s => s.Key, StringComparer.Ordinal);
        string? error = null;
        foreach (var aspect in repair.Aspects)
        {
            var key = Aspects.Key(aspect);
            if (secondScores.TryGetValue(key, out var score))
            {
                verdicts.Add(Scored(aspect, score, repair.Key, repaired.Method));
                continue;
            }

            var firstProblem = parsed.Problems.FirstOrDefault(p => p.Key == key)?.Problem ?? "missing";
            var secondProblem = repaired.Problems.FirstOrDefault(p => p.Key == key)?.Problem ?? "missing";
            var reason = $"no valid score: {firstProblem} in the reply, {secondProblem} after the repair request";
            error ??= $"{key}: {reason}";
            verdicts.Add(Record(AspectVerdict.Error(aspect, reason), repair.Key, repaired.Method.ToString()));
        }

        return new Answer(verdicts, error is null ? null : ItemRecord.ReplyError, error);
    }


    private Answer Failed(IReadOnlyList<Aspect> aspects, string requestKey, ParseMethod? method, string kind, string reason) =>
        new([.. aspects.Select(a => Record(AspectVerdict.Error(a, reason), requestKey, method?.ToString()))], kind, reason);

    private VerdictRecord Scored(Aspect aspect, CriterionScore score, string requestKey, ParseMethod method) =>
        Record(AspectVerdict.Scored(aspect, score.Score, score.Explanation), requestKey, method.ToString());

    private VerdictRecord Record(AspectVerdict verdict, string? requestKey, string? method) => new(
        Aspects.Key(verdict.Aspect), verdict.Status, verdict.Score, verdict.Explanation, requestKey, method, config.Judge, config.PromptId, config.PromptHash);

    private static string Problems(ScoreParseResult parsed) => string.Join("; ", parsed.Problems.Select(p => $"{p.Key}: {p.Problem}"));

    private static int Order(string aspectKey) => Aspects.TryParse(aspectKey, out var aspect) ? (int)aspect : int.MaxValue;

    private sealed record Answer(IReadOnlyList<VerdictRecord> Verdicts, string? ErrorKind, string? Error);
}
