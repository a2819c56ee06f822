using Weft.Arena;
using Weft.Benchmarks;
using Weft.Protocols;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Arena;

public sealed class ArenaJudgeRunnerTests
{
    // The sample has 16 instances; weak has outputs for 14 of them, so strong vs weak makes 14 battles.
    private const int Battles = 14;

    [Fact]
    public async Task RunAsync_BothOrders_SendsEachBattleTwiceWithSwappedContents()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = ArenaHarness.FairJudge();

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal(2 * Battles, harness.Server.RequestCount);
        Assert.Equal(Battles, harness.Server.Requests.Count(ArenaHarness.StrongShownFirst));
        Assert.Equal((Battles, Battles, 0, 0), (outcome.Battles, outcome.Judged, outcome.Errors, outcome.Pending));
        Assert.All(outcome.Verdicts, v => Assert.Equal(("strong", "weak", PairwiseWinner.A, null), (v.SystemA, v.SystemB, v.Winner, v.Shown)));
        Assert.All(outcome.Verdicts, v => Assert.Equal("judge:fake-judge|pairwise/v1", v.Source));
        Assert.Equal((1.0, 1.0), (outcome.PositionConsistency, outcome.ExactAgreement));
        Assert.Equal(2 * Battles, outcome.OrderVerdicts.Count);
        Assert.Equal(Battles, outcome.OrderVerdicts.Count(v => v.Shown == ShownOrder.BA && v.Winner == PairwiseWinner.A));
    }

    [Fact]
    public async Task RunAsync_JudgeAlwaysPicksTheFirstShown_VerdictsMapBackAndCancelToTies()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply("""{"explanation": "First is best.", "winner": "A"}"""));

        var outcome = await harness.RunAsync(harness.Options());

        Assert.All(outcome.Verdicts, v => Assert.Equal(PairwiseWinner.Tie, v.Winner));
        Assert.Equal(Battles, outcome.OrderVerdicts.Count(v => v.Shown == ShownOrder.AB && v.Winner == PairwiseWinner.A));
        Assert.Equal(Battles, outcome.OrderVerdicts.Count(v => v.Shown == ShownOrder.BA && v.Winner == PairwiseWinner.B));
        Assert.Equal((0.0, 0.0), (outcome.PositionConsistency, outcome.ExactAgreement));
    }

    [Theory]
    [InlineData("Tie(B)", PairwiseWinner.A, 1.0)] // the tie leans to strong too: a win and a tie the same way stay a win
    [InlineData("Tie(A)", PairwiseWinner.TieA, 0.0)] // the tie leans to weak: the win is softened to a leaning tie
    public async Task RunAsync_WinInOneOrderTieInTheOther_CombinesByTheDocumentedRule(string weakFirstReply, PairwiseWinner expected, double consistency)
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = request => FakeBehavior.Reply(
            ArenaHarness.StrongShownFirst(request) ? """{"explanation": "e", "winner": "A"}""" : $$"""{"explanation": "e", "winner": "{{weakFirstReply}}"}""");

        var outcome = await harness.RunAsync(harness.Options());

        Assert.All(outcome.Verdicts, v => Assert.Equal(expected, v.Winner));
        Assert.Equal((consistency, 0.0), (outcome.PositionConsistency, outcome.ExactAgreement));
    }

    [Fact]
    public async Task RunAsync_SecondRun_AnswersFromTheStoreAndSendsNothing()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = ArenaHarness.FairJudge();
        var first = await harness.RunAsync(harness.Options());

        var second = await harness.RunAsync(harness.Options());

        Assert.Equal(2 * Battles, harness.Server.RequestCount);
        Assert.Equal((0L, Battles), (second.Sent, second.Judged));
        Assert.Equal(first.Verdicts, second.Verdicts);
    }

    [Fact]
    public async Task RunAsync_SingleOrderAfterBothOrders_ReusesStoredJudgments()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = ArenaHarness.FairJudge();
        await harness.RunAsync(harness.Options());
        using (var arena = ArenaStore.Open(harness.RunFolder))
        {
            Assert.Equal(2 * Battles, arena.ReadAll().Count);
        }

        var single = await harness.RunAsync(harness.Options() with { SingleOrder = true });

        Assert.Equal(2 * Battles, harness.Server.RequestCount);
        Assert.All(single.Verdicts, v => Assert.Equal((PairwiseWinner.A, ShownOrder.AB), (v.Winner, v.Shown!.Value)));
        Assert.Null(single.PositionConsistency);
    }

    [Fact]
    public async Task RunAsync_SingleOrder_SendsOneRequestPerBattleShownAB()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = ArenaHarness.FairJudge();

        var outcome = await harness.RunAsync(harness.Options() with { SingleOrder = true });

        Assert.Equal(Battles, harness.Server.RequestCount);
        Assert.All(harness.Server.Requests, r => Assert.True(ArenaHarness.StrongShownFirst(r)));
        Assert.All(outcome.Verdicts, v => Assert.Equal(ShownOrder.AB, v.Shown));
    }

    [Fact]
    public async Task RunAsync_UnparseableReplies_OneRepairEachThenRecordedErrorsAndNoVerdict()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply("Both have merits; it depends on taste."));

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal(4 * Battles, harness.Server.RequestCount);
        Assert.Equal(2 * Battles, harness.Server.Requests.Count(r => r.Body.ToString().Contains("could not be used", StringComparison.Ordinal)));
        Assert.Equal((0, Battles), (outcome.Judged, outcome.Errors));
        Assert.Empty(outcome.Verdicts);
        Assert.True(outcome.ErrorRateExceeded);
        using var arena = ArenaStore.Open(harness.RunFolder);
        Assert.All(arena.ReadAll().Values, row => Assert.Equal(("refusal", (Weft.Protocols.PairwiseWinner?)null), (row.ErrorKind, row.Winner)));
        Assert.Contains("winner: no valid answer: no verdict found in the reply, no verdict found after the repair request", arena.ReadAll().Values.First().Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnparseableThenRepaired_UsesTheRepairedVerdict()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = request => request.Body.ToString().Contains("could not be used", StringComparison.Ordinal)
            ? FakeBehavior.Reply("""{"explanation": "Fixed.", "winner": "Tie(B)"}""")
            : FakeBehavior.Reply("A is better. No, B is better.");

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal((Battles, 0), (outcome.Judged, outcome.Errors));
        Assert.All(outcome.Verdicts, v => Assert.Equal(PairwiseWinner.Tie, v.Winner));
        Assert.Equal(4 * Battles, harness.Server.RequestCount);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    public async Task RunAsync_TransientFaultOnFirstAttempts_RetriedAndEveryBattleJudged(int status)
    {
        await using var harness = await ArenaHarness.StartAsync();
        var fault = status == 429 ? FakeBehavior.RateLimited(TimeSpan.Zero) : FakeBehavior.ServerError(status);
        var fair = ArenaHarness.FairJudge();
        harness.Server.Responder = request => request.Attempt == 1 ? fault : fair(request);

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal((Battles, 0), (outcome.Judged, outcome.Errors));
        Assert.Equal(4 * Battles, harness.Server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_AfterTransportErrors_ResumeJudgesOnlyWhatFailed()
    {
        await using var harness = await ArenaHarness.StartAsync();
        var fair = ArenaHarness.FairJudge();
        harness.Server.Responder = request => ArenaHarness.StrongShownFirst(request) ? fair(request) : FakeBehavior.ServerError(500);
        var first = await harness.RunAsync(harness.Options(retries: 0));
        Assert.Equal((0, Battles), (first.Judged, first.Errors));
        harness.Server.Reset();
        harness.Server.Responder = fair;

        var second = await harness.RunAsync(harness.Options(retries: 0));

        Assert.Equal(Battles, harness.Server.RequestCount);
        Assert.All(harness.Server.Requests, r => Assert.False(ArenaHarness.StrongShownFirst(r)));
        Assert.Equal((Battles, 0, 1.0), (second.Judged, second.Errors, second.PositionConsistency!.Value));
    }

    [Fact]
    public async Task RunAsync_OtherTemperatureOnTheSameRun_Refused()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = ArenaHarness.FairJudge();
        await harness.RunAsync(harness.Options());
        var options = harness.Options();

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(options with { Settings = options.Settings with { Temperature = 0.7f } }));

        Assert.Contains("temperature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BattlesFile_KeepsItsOrientationSkipsDuplicatesAndMissingOutputs()
    {
        await using var harness = await ArenaHarness.StartAsync();
        harness.Server.Responder = ArenaHarness.FairJudge();
        var battles = Path.Combine(harness.Folder, "battles.jsonl");
        await File.WriteAllLinesAsync(battles, [
            """{"instance": "how-to-01", "system_a": "WEAK", "system_b": "strong"}""",
            """{"instance": "how-to-01", "system_a": "strong", "system_b": "weak"}""",
            """{"instance": "how-to-02", "system_a": "strong", "system_b": "weak"}""",
            """{"instance": "story-04", "system_a": "strong", "system_b": "weak"}""",
        ]);
        var missing = await MissingWeakInstanceAsync();
        await File.AppendAllLinesAsync(battles, [$$"""{"instance": "{{missing}}", "system_a": "strong", "system_b": "weak"}"""]);

        var outcome = await harness.RunAsync(harness.Options() with { BattlesFile = battles });

        Assert.Equal(3, outcome.Battles);
        Assert.Equal(("weak", "strong", PairwiseWinner.B), (outcome.Verdicts[0].SystemA, outcome.Verdicts[0].SystemB, outcome.Verdicts[0].Winner));
        Assert.Contains(harness.Observer.Warnings, w => w.Contains(": 1 battle in ", StringComparison.Ordinal) && w.Contains("repeats an earlier battle", StringComparison.Ordinal));
        Assert.Contains(harness.Observer.Warnings, w => w.Contains("lacks an output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_BattlesFileNamesUnknownSystemAndInstance_ErrorsNameFileAndLine()
    {
        await using var harness = await ArenaHarness.StartAsync();
        var battles = Path.Combine(harness.Folder, "battles.jsonl");
        await File.WriteAllLinesAsync(battles, [
            """{"instance": "how-to-01", "system_a": "strong", "system_b": "weak"}""",
            """{"instance": "how-to-01", "system_a": "strong", "system_b": "gill"}""",
            """{"instance": "nope", "system_a": "strong", "system_b": "weak"}""",
            """{"instance": "how-to-01", "system_a": "strong"}""",
        ]);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => harness.RunAsync(harness.Options() with { BattlesFile = battles }));

        Assert.Equal([$"{battles}:4: system_b: missing or not a non-empty string"], error.Errors.Select(e => e.ToString()));
        await File.WriteAllLinesAsync(battles, [
            """{"instance": "how-to-01", "system_a": "strong", "system_b": "gill"}""",
            """{"instance": "nope", "system_a": "strong", "system_b": "weak"}""",
        ]);
        error = await Assert.ThrowsAsync<DataFormatException>(() => harness.RunAsync(harness.Options() with { BattlesFile = battles }));
        Assert.Equal([$"{battles}:1: system_b", $"{battles}:2: instance"], error.Errors.Select(e => $"{e.File}:{e.Line}: {e.Field}"));
        Assert.Equal(0, harness.Server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_DryRun_CountsRequestsAndSendsNothing()
    {
        await using var harness = await ArenaHarness.StartAsync();

        var outcome = await harness.RunAsync(harness.Options() with { DryRun = true });

        Assert.Equal(0, harness.Server.RequestCount);
        Assert.Equal((2 * Battles, 0), (outcome.Estimate!.Requests, outcome.Estimate.CachedRequests));
        Assert.True(outcome.Estimate.InputTokens > 0);
        Assert.Equal(Battles, outcome.Pending);
    }

    private static async Task<string> MissingWeakInstanceAsync()
    {
        var weak = await BenchmarkFormats.ReadOutputsAsync("weak", Runs.EvalHarness.Samples("outputs/weak.jsonl"), null, CancellationToken.None);
        var bench = await BenchmarkFormats.ReadBenchmarkAsync(Runs.EvalHarness.Samples("bench.jsonl"), null, CancellationToken.None);
        return bench.Instances.Select(i => i.Id).First(id => weak.All(o => o.InstanceId != id));
    }
}
