using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// The one judge loop of every protocol: ask (the store answers what it holds, the scheduler sends the rest), read
/// the reply with the protocol, send at most one repair request for what is missing, and end with answers or an error
/// of one kind from <see cref="VerdictErrorKind"/>. The first reply's valid answers stand; the repair only fills the
/// criteria it left without one. Never turns a failure into an answer.
/// </summary>
internal sealed class JudgeLoop(IJudgeProtocol protocol, IImageIndex images, IReplySource judge)
{
    private readonly JudgeFailures failures = new();

    /// <summary>The protocol asked.</summary>
    public IJudgeProtocol Protocol => protocol;

    /// <summary>Requests the judge refused for good (4xx other than 401, 403, 408 and 429).</summary>
    public int Rejections => failures.Rejections;

    /// <summary>Asks <paramref name="request"/> and, when its reply is incomplete, one repair request.</summary>
    public async Task<RequestAnswer> AskAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        StoredReply first;
        try
        {
            first = await judge.GetReplyAsync(request, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            var error = "judge request failed: " + e.Message;
            return new RequestAnswer(request, null, [], [.. request.Criteria.Select(c => new CriterionProblem(c, error))], null, null, VerdictErrorKind.Transport, error);
        }

        var reading = protocol.Parse(request, first.Reply);
        var given = reading.Values.Select(v => new GivenAnswer(v, request.Key, reading.Method)).ToList();
        if (reading.IsComplete)
        {
            return new RequestAnswer(request, null, Ordered(request, given), [], reading.Method, null, null, null);
        }

        var repair = protocol.BuildRepair(request, first.Reply, reading, images);
        StoredReply second;
        try
        {
            second = await judge.GetReplyAsync(repair, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            failures.Record(e);
            var problems = Missing(request, given).Select(c => new CriterionProblem(c, $"{reading.ProblemOf(c)} in the reply; the repair request failed: {e.Message}")).ToList();
            return new RequestAnswer(request, repair, Ordered(request, given), problems, reading.Method, null, VerdictErrorKind.Transport,
                $"reply unusable ({reading.ProblemText}); the repair request failed: {e.Message}");
        }

        var repaired = protocol.Parse(repair, second.Reply);
        given.AddRange(repaired.Values
            .Where(v => !given.Any(g => g.Value.Key == v.Key) && request.Criteria.Contains(v.Key))
            .Select(v => new GivenAnswer(v, repair.Key, repaired.Method)));
        var still = Missing(request, given);
        if (still.Count == 0)
        {
            return new RequestAnswer(request, repair, Ordered(request, given), [], reading.Method, repaired.Method, null, null);
        }

        var reasons = still.Select(c => new CriterionProblem(c, $"{NoValid(c)}: {reading.ProblemOf(c)} in the reply, {repaired.ProblemOf(c)} after the repair request")).ToList();
        var more = still.Count > 1 ? $" (and {still.Count - 1} more criteria)" : string.Empty;
        return new RequestAnswer(request, repair, Ordered(request, given), reasons, reading.Method, repaired.Method,
            KindOf(repair, second, repaired, still), $"{reasons[0].Key}: {reasons[0].Problem}{more}");
    }

    // Why the repair's reply still left criteria without an answer: cut off at the token limit, no answer at all,
    // an answer outside the scale, or answers that cannot be read (missing, conflicting).
    private static VerdictErrorKind KindOf(JudgeRequest repair, StoredReply reply, ReplyReading reading, IReadOnlyList<string> still)
    {
        if (repair.Options.MaxOutputTokens is { } limit && reply.OutputTokens >= limit)
        {
            return VerdictErrorKind.Truncated;
        }

        if (reading.Method == ParseMethod.None)
        {
            return VerdictErrorKind.Refusal;
        }

        return still.Any(c => reading.ProblemOf(c).Contains(" is outside ", StringComparison.Ordinal)) ? VerdictErrorKind.OutOfRange : VerdictErrorKind.Unparseable;
    }

    // A label criterion (a winner, yes/no) has answers, not scores.
    private string NoValid(string criterion) =>
        protocol.Criteria.FirstOrDefault(c => c.Name == criterion)?.Scale.HasLabels == true ? "no valid answer" : "no valid score";

    private static List<string> Missing(JudgeRequest request, List<GivenAnswer> given) =>
        [.. request.Criteria.Where(c => !given.Any(g => g.Value.Key == c))];

    private static List<GivenAnswer> Ordered(JudgeRequest request, List<GivenAnswer> given) =>
        [.. request.Criteria.Select(c => given.FirstOrDefault(g => g.Value.Key == c)).OfType<GivenAnswer>()];
}
