using Weft.Content;
using Weft.Protocols;

namespace Weft.Runs;

/// <summary>
/// Judges one output with any protocol whose unit is an output: decides which criteria apply, asks through the judge
/// loop, and turns its answers into the run's verdict records. Never turns a failure into a score.
/// </summary>
internal sealed class ItemJudge(JudgeLoop loop, IImageIndex images, RunConfig config)
{
    /// <summary>Requests the judge refused for good (4xx other than 401, 403, 408 and 429).</summary>
    public int Rejections => loop.Rejections;

    public async Task<(ItemRecord Item, IReadOnlyList<VerdictRecord> Verdicts)> JudgeAsync(
        Instance instance, SystemOutput output, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        var protocol = loop.Protocol;
        var unit = new JudgeUnit(instance, output);
        var decided = protocol.Decide(unit);
        var verdicts = decided.NotApplicable.Select(n => Record(n.Criterion, VerdictStatus.NotApplicable, null, n.Reason, null, null)).ToList();
        var answers = await Task.WhenAll(protocol.BuildRequests(unit, decided.Applicable, images).Select(r => loop.AskAsync(r, cancellationToken)));

        string? errorKind = null, error = null;
        foreach (var answer in answers)
        {
            verdicts.AddRange(answer.Given.Select(g => Record(g.Value.Key, VerdictStatus.Scored, g.Value.Score, g.Value.Explanation, g.RequestKey, g.Method.ToString())));

            // An error is recorded against the last reply that was read: the repair's when it came, else the first.
            var (key, method) = answer.RepairMethod is { } repaired ? (answer.Repair!.Key, repaired) : (answer.Request.Key, answer.FirstMethod);
            verdicts.AddRange(answer.Problems.Select(p => Record(p.Key, VerdictStatus.Error, null, p.Problem, key, method?.ToString())));
            if (answer.ErrorKind is not null && errorKind != ErrorKinds.Transport)
            {
                // A transport error outranks a reply error: it is the one a later run can still fix by itself.
                (errorKind, error) = (answer.ErrorKindName, answer.Error);
            }
        }

        var order = protocol.Criteria.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        verdicts.Sort((a, b) => order.GetValueOrDefault(a.Aspect, int.MaxValue).CompareTo(order.GetValueOrDefault(b.Aspect, int.MaxValue)));
        var status = errorKind is null ? ItemRecord.Judged : ItemRecord.Failed;
        return (new ItemRecord(output.System, output.InstanceId, status, errorKind, error, now()), verdicts);
    }

    private VerdictRecord Record(string criterion, VerdictStatus status, int? score, string? explanation, string? requestKey, string? method) =>
        new(criterion, status, score, explanation, requestKey, method, config.Judge, config.PromptId, config.PromptHash);
}
