using System.Text.Json;
using Microsoft.Data.Sqlite;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scores;
using Weft.Testing;

namespace Weft.Tests.Scores;

public sealed class OpeningScoreRunnerTests
{
    [Fact]
    public async Task RunAsync_EveryCriterionScored_ScoreFileRoundTripsThroughReaderAndSummary()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));
        var path = Path.Combine(harness.Folder, "opening-scores.json");

        var outcome = await harness.RunAsync(harness.Options());
        await OpeningScoreWriter.WriteAsync(path, outcome.Scores);
        var read = await OpeningScoreReader.ReadAsync(path);
        var summary = OpeningSummary.Summarize(read);

        Assert.Equal((16, OpeningScoreHarness.Outputs, 2, OpeningScoreHarness.Outputs, 0, 0), (outcome.Instances, outcome.Outputs, outcome.MissingOutputs, outcome.Scored, outcome.Errors, outcome.Pending));
        Assert.Equal(((long)OpeningScoreHarness.Outputs, 0L), (outcome.Sent, outcome.CacheHits));
        Assert.Equal(OpeningScoreHarness.Outputs, harness.Server.RequestCount);
        Assert.Equal(outcome.Scores, read);
        Assert.Equal(7 * OpeningScoreHarness.Outputs, read.Count);
        Assert.Equal(["strong", "weak"], summary.Select(s => s.System).Order(StringComparer.Ordinal));
        Assert.All(summary, s =>
        {
            Assert.Equal([2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], s.Criteria.Select(c => c.RoundedMean!.Value));
            Assert.Equal((5.0, 0), (s.Overall!.Value, s.Missing));
        });
        Assert.Equal([16, 14], summary.OrderBy(s => s.System, StringComparer.Ordinal).Select(s => s.Items));

        using var file = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        var first = file.RootElement[0];
        Assert.Equal("how-to-01", first.GetProperty("data_id").GetString());
        Assert.Equal(("strong", "strong"), (first.GetProperty("model").GetProperty("id").GetString(), first.GetProperty("model").GetProperty("name").GetString()));
        Assert.Equal(2, first.GetProperty("score").GetProperty("Correctness").GetProperty("Score").GetInt32());
        Assert.Equal("Content Richness is worth 8.", first.GetProperty("score").GetProperty("Content Richness").GetProperty("Justification").GetString());
    }

    [Fact]
    public async Task RunAsync_ReplyMissingACriterion_SendsExactlyOneRepairPerOutputAndKeepsItsScore()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = request => FakeBehavior.Reply(OpeningScoreHarness.IsRepair(request) ? OpeningScoreHarness.Reply() : OpeningScoreHarness.Reply("Content Richness"));

        var outcome = await harness.RunAsync(harness.Options() with { Limit = 2 });

        Assert.Equal((outcome.Outputs, 0), (outcome.Scored, outcome.Errors));
        Assert.Equal(2 * outcome.Outputs, harness.Server.RequestCount);
        Assert.Equal(outcome.Outputs, harness.Server.Requests.Count(OpeningScoreHarness.IsRepair));
        Assert.Contains("Content Richness: missing", harness.Server.Requests.First(OpeningScoreHarness.IsRepair).Body.ToString(), StringComparison.Ordinal);
        Assert.All(outcome.Scores.Where(s => s.Criterion == "Content Richness"), s => Assert.Equal(8, s.Score));
    }

    [Fact]
    public async Task RunAsync_RepairStillMissingACriterion_RecordedAsErrorAndTheCriterionCountsAsMissing()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply("Completeness")));
        var path = Path.Combine(harness.Folder, "scores.json");

        var outcome = await harness.RunAsync(harness.Options() with { Limit = 2 });
        await OpeningScoreWriter.WriteAsync(path, outcome.Scores);
        var summary = OpeningSummary.Summarize(await OpeningScoreReader.ReadAsync(path));

        Assert.Equal((0, outcome.Outputs), (outcome.Scored, outcome.Errors));
        Assert.Equal(2 * outcome.Outputs, harness.Server.RequestCount);
        Assert.All(outcome.Scores.Where(s => s.Criterion == "Completeness"), s => Assert.Equal(((int?)null, "no valid score: missing in the reply, missing after the repair request"), (s.Score, s.Problem)));
        Assert.Equal(6 * outcome.Outputs, outcome.Scores.Count(s => s.Score is not null));
        Assert.DoesNotContain("Completeness", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        Assert.All(summary, s =>
        {
            var completeness = s.Criteria.Single(c => c.Criterion == "Completeness");
            Assert.Equal(((double?)null, s.Items), (completeness.RoundedMean, completeness.Missing));
            Assert.Null(s.Overall);
        });
        using var store = SqliteRunStore.Open(harness.RunFolder);
        var verdicts = store.ReadVerdicts();
        Assert.All(store.ReadItems().Values, row => Assert.Equal(("unparseable", 6), (row.ErrorKind, verdicts[(row.System, row.InstanceId)].Count(v => v.Status == VerdictStatus.Scored))));
    }

    [Fact]
    public async Task RunAsync_Http500_RecordedAsTransportErrorNeverAScore()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.ServerError(500));
        var path = Path.Combine(harness.Folder, "scores.json");

        var outcome = await harness.RunAsync(harness.Options(retries: 0) with { Limit = 2 });
        await OpeningScoreWriter.WriteAsync(path, outcome.Scores);
        var read = await OpeningScoreReader.ReadAsync(path);

        // Every refused attempt reached the judge, so it counts as sent.
        Assert.Equal((0, outcome.Outputs, (long)harness.Server.RequestCount), (outcome.Scored, outcome.Errors, outcome.Sent));
        Assert.True(outcome.ErrorRateExceeded);
        Assert.All(outcome.Scores, s => Assert.Null(s.Score));
        Assert.All(read, s => Assert.Equal(((int?)null, "missing"), (s.Score, s.Problem)));
        Assert.Equal(7 * outcome.Outputs, read.Count);
        Assert.All(OpeningSummary.Summarize(read), s => Assert.Equal((7 * s.Items, (double?)null), (s.Missing, s.Overall)));
        using var store = SqliteRunStore.Open(harness.RunFolder);
        var verdicts = store.ReadVerdicts();
        Assert.All(store.ReadItems().Values, row => Assert.Equal((ErrorKinds.Transport, 0), (row.ErrorKind, verdicts[(row.System, row.InstanceId)].Count(v => v.Status == VerdictStatus.Scored))));
        Assert.Contains("judge request failed", store.ReadItems().Values.First().Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_GarbageReply_OneRepairThenRecordedErrorAndNoScore()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply("A lovely answer, I would give it top marks."));

        var outcome = await harness.RunAsync(harness.Options() with { Limit = 2 });

        Assert.Equal((0, outcome.Outputs), (outcome.Scored, outcome.Errors));
        Assert.Equal(2 * outcome.Outputs, harness.Server.RequestCount);
        Assert.Equal(outcome.Outputs, harness.Server.Requests.Count(OpeningScoreHarness.IsRepair));
        Assert.All(outcome.Scores, s => Assert.Null(s.Score));
    }

    [Fact]
    public async Task RunAsync_SecondRun_SendsNothing()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));
        var first = await harness.RunAsync(harness.Options());

        var second = await harness.RunAsync(harness.Options());

        Assert.Equal(OpeningScoreHarness.Outputs, harness.Server.RequestCount);
        Assert.Equal((0L, OpeningScoreHarness.Outputs), (second.Sent, second.Scored));
        Assert.Equal(first.Scores, second.Scores);
        Assert.Contains(harness.Observer.Lines, l => l.StartsWith("Resuming the run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_JudgmentsLostButRepliesStored_AnswersFromTheCache()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = request => FakeBehavior.Reply(OpeningScoreHarness.IsRepair(request) ? OpeningScoreHarness.Reply() : OpeningScoreHarness.Reply("Correctness"));
        var first = await harness.RunAsync(harness.Options() with { Limit = 3 });
        await ForgetJudgmentsAsync(harness.RunFolder);

        var second = await harness.RunAsync(harness.Options() with { Limit = 3 });

        Assert.Equal(2 * first.Outputs, harness.Server.RequestCount);
        Assert.Equal((0L, 2L * first.Outputs), (second.Sent, second.CacheHits));
        Assert.Equal(first.Scores, second.Scores);
    }

    [Fact]
    public async Task RunAsync_AfterTransportErrors_ResumeSendsOnlyWhatFailed()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.ServerError(500));
        var first = await harness.RunAsync(harness.Options(retries: 0) with { Limit = 2 });
        harness.Server.Reset();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));

        var second = await harness.RunAsync(harness.Options(retries: 0) with { Limit = 2 });

        Assert.Equal((0, first.Outputs), (first.Scored, first.Errors));
        Assert.Equal((first.Outputs, 0), (second.Scored, second.Errors));
        Assert.Equal(first.Outputs, harness.Server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_RetryErrors_AsksAgainWhereRepliesGaveNoScore()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply("No opinion."));
        var first = await harness.RunAsync(harness.Options() with { Limit = 1 });
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));

        var again = await harness.RunAsync(harness.Options() with { Limit = 1 });
        var retried = await harness.RunAsync(harness.Options() with { Limit = 1, RetryErrors = true });

        Assert.Equal((0, first.Outputs), (first.Scored, first.Errors));
        Assert.Equal((0L, 0, first.Outputs), (again.Sent, again.Scored, again.Errors));
        Assert.Equal((first.Outputs, 0), (retried.Scored, retried.Errors));
        Assert.Equal((long)first.Outputs, retried.Sent);
    }

    [Fact]
    public async Task RunAsync_DryRun_CountsRequestsAndSendsNothing()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();

        var outcome = await harness.RunAsync(harness.Options() with { DryRun = true });

        Assert.Equal(0, harness.Server.RequestCount);
        Assert.Equal((OpeningScoreHarness.Outputs, OpeningScoreHarness.Outputs, 0), (outcome.Estimate!.Items, outcome.Estimate.Requests, outcome.Estimate.CachedRequests));
        Assert.True(outcome.Estimate.InputTokens > 0);
        Assert.Equal(OpeningScoreHarness.Outputs, outcome.Pending);
        Assert.Empty(outcome.Scores);
    }

    [Fact]
    public async Task RunAsync_OtherTemperatureOnTheSameRun_Refused()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));
        await harness.RunAsync(harness.Options() with { Limit = 1 });
        var options = harness.Options() with { Limit = 1 };

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(options with { Settings = options.Settings with { Temperature = 0.5f } }));

        Assert.Contains("temperature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithoutJudge_Refused()
    {
        await using var harness = await OpeningScoreHarness.StartAsync();

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(harness.Options() with { Judge = Weft.Judges.JudgeSpec.None }));

        Assert.Contains("needs a judge", error.Message, StringComparison.Ordinal);
    }

    // What a process killed between storing the replies and storing its judgments leaves behind.
    private static async Task ForgetJudgmentsAsync(string runFolder)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(runFolder, SqliteRunStore.FileName), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM items; DELETE FROM verdicts;";
        await command.ExecuteNonQueryAsync();
    }
}
