using Weft.Scores;
using Weft.Testing;
using Weft.Tests.Scores;

namespace Weft.Tests.Cli;

public sealed class EvalOpeningScoreCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    private static string Strong => "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl");

    private static string Weak => "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl");

    [Fact]
    public async Task Report_OpeningScoreRun_ShowsTheSevenCriteriaOnTheirOwnScale()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));
        var run = folder.File("run");
        var (code, _, error) = await RunAsync(server, "--run", run);
        Assert.True(code == 0, error);

        var (reportCode, report, _) = await CliRunner.RunAsync("report", "--run", run, "--format", "json");

        Assert.Equal(0, reportCode);
        using var json = System.Text.Json.JsonDocument.Parse(report);
        var criteria = json.RootElement.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(Weft.Protocols.OpeningCriteria.All, criteria.Select(c => c.GetProperty("name").GetString()));
        Assert.All(criteria, c => Assert.Equal((0, 10), (c.GetProperty("min").GetInt32(), c.GetProperty("max").GetInt32())));
        var aspects = json.RootElement.GetProperty("systems")[0].GetProperty("aspects").EnumerateArray().ToList();
        Assert.Equal(7, aspects.Count);
        Assert.Contains(aspects, a => a.GetProperty("mean").GetDouble() > 5);
    }

    [Fact]
    public async Task Eval_OpeningScore_WritesTheScoreFileAndPrintsCountsAndSummary()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));
        var run = folder.File("run");

        var (code, output, error) = await RunAsync(server, "--run", run);

        Assert.Equal(0, code);
        Assert.DoesNotContain("error:", error, StringComparison.Ordinal);
        Assert.Equal(30, server.RequestCount);
        Assert.Contains("16 instances × 2 systems: 30 outputs, 2 missing outputs", error, StringComparison.Ordinal);
        Assert.Contains("Scored 30, errors 0, not finished 0; this run sent 30 requests", error, StringComparison.Ordinal);
        Assert.Contains("Overall", output, StringComparison.Ordinal);
        Assert.Contains("half to even", output, StringComparison.Ordinal);
        var scores = await OpeningScoreReader.ReadAsync(Path.Combine(run, "opening-scores.json"));
        Assert.Equal(7 * 30, scores.Count);
        Assert.All(scores, s => Assert.NotNull(s.Score));
        using var written = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run, "opening-scores.json")));
        Assert.Equal(["strong", "weak"], written.RootElement.EnumerateArray().Select(e => e.GetProperty("model").GetProperty("id").GetString()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Eval_OpeningScoreAgain_SendsNothingAndScoresSummarizeReadsTheFile()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply(OpeningScoreHarness.Reply()));
        var out1 = folder.File("first.json");
        var out2 = folder.File("second.json");
        await RunAsync(server, "--run", folder.File("run"), "--out", out1, "--limit", "3");

        var (code, output, error) = await RunAsync(server, "--run", folder.File("run"), "--out", out2, "--limit", "3", "--format", "csv");
        var (summaryCode, summary, summaryError) = await CliRunner.RunAsync("scores", "summarize", "--scores", out2, "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(5, server.RequestCount); // three instances: strong has all three, weak two
        Assert.Contains("this run sent 0 requests", error, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(out1), await File.ReadAllTextAsync(out2));
        Assert.Equal((0, string.Empty), (summaryCode, summaryError));
        Assert.Contains("strong,Overall,3,0,5.00,", summary, StringComparison.Ordinal);
        Assert.Contains("strong,Overall,3,0,5.00,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_OpeningScoreJudgeErrors_ExitsThreeAndWritesNoScores()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.ServerError(500));
        var path = folder.File("scores.json");

        var (code, output, error) = await RunAsync(server, "--run", folder.File("run"), "--out", path, "--limit", "1", "--retries", "0");

        Assert.Equal(3, code);
        Assert.Contains("Scored 0, errors 2", error, StringComparison.Ordinal);
        Assert.Contains("2 of 2 finished outputs ended in judge errors", error, StringComparison.Ordinal);
        Assert.All(await OpeningScoreReader.ReadAsync(path), s => Assert.Null(s.Score));
    }

    [Fact]
    public async Task Eval_UnknownProtocol_IsAUsageErrorListingTheValidOnes()
    {
        var (code, output, error) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--protocol", "nonsense", "--judge", "openai:x", "--run", folder.File("run"));

        Assert.Equal(2, code);
        Assert.Equal("error: --protocol 'nonsense' is not a protocol weft eval knows; use one of: interleaved-eval, opening-score, or a protocol file ending in .json, .yaml or .yml" + Environment.NewLine, error);
        Assert.Equal(string.Empty, output);
        Assert.False(Directory.Exists(folder.File("run")));
    }

    [Theory]
    [InlineData("--judge", "none", "--protocol opening-score needs a judge")]
    [InlineData("--per-aspect", null, "--per-aspect applies to --protocol interleaved-eval only")]
    public async Task Eval_OpeningScoreWithOptionsThatDoNotApply_IsAUsageError(string option, string? value, string expected)
    {
        string[] extra = value is null ? [option, "--judge", "openai:x"] : [option, value];

        var (code, _, error) = await CliRunner.RunAsync(["eval", "--bench", Bench, "--system", Strong, "--protocol", "opening-score", "--run", folder.File("run"), .. extra]);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_OutWithTheDefaultProtocol_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--judge", "none", "--run", folder.File("run"), "--out", folder.File("x.json"));

        Assert.Equal(2, code);
        Assert.Contains("--out applies to --protocol opening-score", error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(FakeJudgeServer server, params string[] extra) => CliRunner.RunAsync(
        ["eval", "--protocol", "opening-score", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), .. extra]);
}
