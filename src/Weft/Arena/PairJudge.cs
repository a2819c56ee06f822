using Weft.Content;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Arena;

/// <summary>
/// Judges one battle in one shown order: asks the judge, sends one repair request when the reply gives no usable
/// verdict, and records an error when the repair does not help either. Never picks a side for the judge.
/// </summary>
internal sealed class PairJudge(PairwiseProtocol protocol, IImageIndex images, CachedJudge judge)
{
    private readonly JudgeFailures failures = new();

    /// <summary>Requests the judge refused for good (4xx other than 401, 403, 408 and 429).</summary>
    public int Rejections => failures.Rejections;

    /// <summary>The judgment of <paramref name="first"/> (shown first) against <paramref name="second"/>.</summary>
    public async Task<ArenaJudgment> JudgeAsync(Instance instance, SystemOutput first, SystemOutput second, Func<DateTimeOffset> now, CancellationToken cancellationToken)
    {
        var request = protocol.BuildRequest(instance, first, second, images);
        ArenaJudgment Row(PairwiseParseResult? parsed, string? kind, string? error) => new(
            instance.Id, first.System, second.System, parsed?.Winner, parsed?.Explanation, request.Key, parsed?.Method.ToString(), kind, error, now());

        StoredReply reply;
        try
        {
            reply = await judge.GetReplyAsync(request, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            return Row(null, ArenaJudgment.TransportError, "judge request failed: " + e.Message);
        }

        var parsed = PairwiseReplyParser.Parse(reply.Reply);
        if (parsed.IsValid)
        {
            return Row(parsed, null, null);
        }

        var repair = protocol.BuildRepair(request, reply.Reply, parsed.Problem!, images);
        try
        {
            reply = await judge.GetReplyAsync(repair, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            return Row(null, ArenaJudgment.TransportError, $"reply unusable ({parsed.Problem}); the repair request failed: {e.Message}");
        }

        var repaired = PairwiseReplyParser.Parse(reply.Reply);
        return repaired.IsValid
            ? Row(repaired, null, null)
            : Row(null, ArenaJudgment.ReplyError, $"no usable verdict: {parsed.Problem} in the reply, {repaired.Problem} after the repair request");
    }
}
