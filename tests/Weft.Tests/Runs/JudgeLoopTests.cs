using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Tests.Runs;

public sealed class JudgeLoopTests
{
    private static readonly Instance Task = new("i1", "how-to", "Fold a crane.", [new TextContent("Fold it.")], null, new Dictionary<string, string>());

    private static readonly SystemOutput Output = new("gill", "i1", [new TextContent("Step 1: fold the square in half.")]);

    private static readonly OpeningScoreProtocol Protocol = new(new JudgeSettings("openai:judge"));

    [Fact]
    public async Task AskAsync_CompleteFirstReply_NoRepairAndEveryAnswerFromTheFirstRequest()
    {
        var source = new ScriptedReplies(Scores());
        var answer = await Ask(source);

        Assert.Equal((1, 7, 0), (source.Asked.Count, answer.Given.Count, answer.Problems.Count));
        Assert.Null(answer.ErrorKind);
        Assert.All(answer.Given, g => Assert.Equal(answer.Request.Key, g.RequestKey));
    }

    [Fact]
    public async Task AskAsync_RepairFillsWhatTheFirstLeftOut_FirstAnswersStand()
    {
        var source = new ScriptedReplies(Scores(leftOut: "Completeness"), Scores(shift: 1));
        var answer = await Ask(source);

        Assert.Equal(2, source.Asked.Count);
        Assert.Null(answer.ErrorKind);
        var correctness = answer.Given.Single(g => g.Value.Key == "Correctness");
        var completeness = answer.Given.Single(g => g.Value.Key == "Completeness");
        Assert.Equal((2, answer.Request.Key), (correctness.Value.Score, correctness.RequestKey));
        Assert.Equal((8, answer.Repair!.Key), (completeness.Value.Score, completeness.RequestKey));
        Assert.Equal(OpeningCriteria.All, answer.Given.Select(g => g.Value.Key));
    }

    [Theory]
    [InlineData("I would rather not grade this.", null, VerdictErrorKind.Refusal)]
    [InlineData("{\"Correctness\": {\"Score\": 12, \"Justification\": \"x\"}}", null, VerdictErrorKind.OutOfRange)]
    [InlineData("Correctness: 4 out of 10\n\nCorrectness: 2 out of 10", null, VerdictErrorKind.Unparseable)]
    [InlineData("{\"Correctness\": {\"Justification\": \"The steps are right, except that the", 1200L, VerdictErrorKind.Truncated)]
    public async Task AskAsync_RepairStillIncomplete_OneErrorKindOfTheClosedSet(string repairReply, long? outputTokens, VerdictErrorKind expected)
    {
        var source = new ScriptedReplies(Scores(leftOut: "Correctness"), repairReply) { OutputTokensOfLast = outputTokens };
        var answer = await Ask(source);

        Assert.Equal(expected, answer.ErrorKind);
        Assert.Equal(6, answer.Given.Count);
        var problem = Assert.Single(answer.Problems);
        Assert.Equal("Correctness", problem.Key);
        Assert.StartsWith("no valid score: missing in the reply, ", problem.Problem, StringComparison.Ordinal);
        Assert.StartsWith("Correctness: no valid score", answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_FirstRequestFails_TransportErrorAndNoAnswers()
    {
        var source = new ScriptedReplies() { Failure = new RequestFailedException(new Fault("server", false, null, "HTTP 500"), 3) };
        var answer = await Ask(source);

        Assert.Equal((VerdictErrorKind.Transport, "transport"), (answer.ErrorKind, answer.ErrorKindName));
        Assert.Empty(answer.Given);
        Assert.Equal(7, answer.Problems.Count);
        Assert.StartsWith("judge request failed: ", answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_PairwiseNoVerdictTwice_RefusalWordedAsAnAnswerNotAScore()
    {
        var pairwise = new PairwiseProtocol(new JudgeSettings("openai:judge"));
        var source = new ScriptedReplies("Both are fine.", "Really, both are fine.");
        var loop = new JudgeLoop(pairwise, new AllImages(), source);
        var request = pairwise.BuildRequests(new JudgeUnit(Task, Output, Output with { System = "emu" }), [PairwiseProtocol.WinnerCriterion], new AllImages())[0];

        var answer = await loop.AskAsync(request, CancellationToken.None);

        Assert.Equal(VerdictErrorKind.Refusal, answer.ErrorKind);
        Assert.Equal("winner: no valid answer: no verdict found in the reply, no verdict found after the repair request", answer.Error);
    }

    private static async Task<RequestAnswer> Ask(ScriptedReplies source)
    {
        var loop = new JudgeLoop(Protocol, new AllImages(), source);
        var request = Protocol.BuildRequests(new JudgeUnit(Task, Output), OpeningCriteria.All, new AllImages())[0];
        return await loop.AskAsync(request, CancellationToken.None);
    }

    private static string Scores(string? leftOut = null, int shift = 0) => JsonSerializer.Serialize(
        OpeningCriteria.All.Select((c, i) => (c, i)).Where(x => x.c != leftOut).ToDictionary(x => x.c, x => new { Score = x.i + 2 + shift, Justification = "j" }));

    private sealed class AllImages : IImageIndex
    {
        public string? Sha256(AIContent image) => "0";
    }

    private sealed class ScriptedReplies(params string[] replies) : IReplySource
    {
        public List<JudgeRequest> Asked { get; } = [];

        public long? OutputTokensOfLast { get; init; }

        public RequestFailedException? Failure { get; init; }

        public Task<StoredReply> GetReplyAsync(JudgeRequest request, CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Asked.Add(request);
            var last = Asked.Count == replies.Length;
            return System.Threading.Tasks.Task.FromResult(new StoredReply(
                request.Key, request.Purpose, "openai:judge", null, null, request.Canonical, replies[Asked.Count - 1], 10, last ? OutputTokensOfLast : 20, 1, 1, DateTimeOffset.UnixEpoch));
        }
    }
}
