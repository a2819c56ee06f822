using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    private static string Strong => "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl");

    private static string Weak => "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl");

    [Fact]
    public async Task Eval_SampleWithoutJudge_PrintsHeuristicsAndExitsZero()
    {
        var (code, output, error) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "none", "--run", folder.File("run"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
        Assert.Contains("16 instances × 2 systems: 30 outputs, 2 missing outputs", error, StringComparison.Ordinal);
        Assert.Contains("No judge scores in this run", output, StringComparison.Ordinal);
        Assert.Contains("images.blank", output, StringComparison.Ordinal);
        Assert.Contains("heuristics", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Eval_OneOfEach_PrintsSingularNouns()
    {
        await using var server = await FakeJudgeServer.StartAsync();

        var (code, output, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--limit", "1", "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", folder.File("run"));

        Assert.True(code == 0, error);
        Assert.Contains("1 instance × 1 system: 1 output, 0 missing outputs, 0 unusable images.", error, StringComparison.Ordinal);
        Assert.Contains("this run sent 1 request and", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", output + error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<![\d.,])1 (instances|systems|outputs|requests|tasks|repairs)\b", output + error);
    }

    [Fact]
    public async Task Eval_WithFakeJudge_PrintsScoresPerAspect()
    {
        await using var server = await FakeJudgeServer.StartAsync();

        var (code, output, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", folder.File("run"));

        Assert.Equal(0, code);
        Assert.Equal(30, server.RequestCount);
        Assert.Contains("Judged 30, errors 0, not finished 0", error, StringComparison.Ordinal);
        foreach (var column in new[] { "TQ", "PQ", "IC", "TIC", "Help", "AVG" })
        {
            Assert.Contains(column, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Eval_JudgeAlwaysFails_ExitsThreeAndSaysWhy()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.ServerError(500));

        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--retries", "0", "--limit", "3");

        Assert.Equal(3, code);
        Assert.Contains("above --max-error-rate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ReferenceMetricsAlone_StoresRefValuesShowsThemApartAndKeepsThemOnResume()
    {
        var run = folder.File("run");
        string[] args = ["eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "none", "--run", run, "--metrics", "BLEU,rougeL,ssim,phash", "--format", "md"];

        var (code, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal(0, code);
        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
        Assert.Contains("30 outputs measured, 0 kept from earlier, 0 with no reference; 8 references without text", OneLine(error), StringComparison.Ordinal);
        Assert.Contains("## Reference-based metrics (compared with a reference answer, not a judge)", output, StringComparison.Ordinal);
        var stored = RunResults.Load(run).Metrics.Where(m => m.Metric.StartsWith("ref.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ref.bleu4", "ref.phash", "ref.rougeL", "ref.ssim"], stored.Select(m => m.Metric).Distinct().Order(StringComparer.Ordinal));
        Assert.All(stored, m => Assert.InRange(m.Value, 0, 1));
        Assert.Equal(["strong", "weak"], stored.Select(m => m.System).Distinct().Order(StringComparer.Ordinal));

        var (again, _, resumed) = await CliRunner.RunAsync(args);
        var (plain, _, _) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "none", "--run", run);
        var (report, csv, _) = await CliRunner.RunAsync("report", "--run", run, "--format", "csv");

        Assert.Equal((0, 0, 0), (again, plain, report));
        Assert.Contains("0 outputs measured, 30 kept from earlier", OneLine(resumed), StringComparison.Ordinal);
        Assert.Equal(stored.Count, RunResults.Load(run).Metrics.Count(m => m.Metric.StartsWith("ref.", StringComparison.Ordinal)));
        Assert.Contains("\nreference,strong,,ref.bleu4,", csv.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    // The console wraps long lines at its width.
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("--system", "no-equals-sign", "must be NAME=PATH")]
    [InlineData("--judge", "gpt-4o", "expected none, openai:MODEL")]
    [InlineData("--concurrency", "0", "--concurrency must be a positive number")]
    [InlineData("--image-detail", "ultra", "ultra")]
    [InlineData("--max-image-side", "8", "--max-image-side must be between 16 and 8192")]
    [InlineData("--retries", "-1", "--retries must be between 0 and 100")]
    [InlineData("--temperature", "3", "--temperature must be between 0 and 2")]
    [InlineData("--timeout", "100000", "--timeout must be between 0.01 and 86400 seconds")]
    [InlineData("--metrics", "bleu,meteor", "--metrics: unknown metric 'meteor'; valid metrics are bleu, rougeL, ssim, phash")]
    public async Task Eval_BadOption_ExitsTwoWithoutStackTrace(string option, string value, string expected)
    {
        var args = new List<string> { "eval", "--bench", Bench, "--run", folder.File("run") };
        if (option != "--system")
        {
            args.AddRange(["--system", Strong]);
        }

        args.AddRange([option, value]);
        var (code, _, error) = await CliRunner.RunAsync([.. args]);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingBenchmark_ExitsTwoNamingTheFile()
    {
        var (code, _, error) = await CliRunner.RunAsync("eval", "--bench", folder.File("nope.jsonl"), "--system", Strong, "--run", folder.File("run"));

        Assert.Equal(2, code);
        Assert.Contains($"  {folder.File("nope.jsonl")}: file not found", error, StringComparison.Ordinal);
        Assert.DoesNotContain(":0:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_BrokenJsonArrayBenchmark_SaysWhichFormatItWasReadAsAndNamesBenchFormat()
    {
        var bench = folder.Write("b.json", """[{"id": "a", "task": "t", "instruction": "x"}]""");

        var (code, _, error) = await CliRunner.RunAsync("eval", "--bench", bench, "--system", Strong, "--run", folder.File("run"));

        Assert.Equal(2, code);
        Assert.Contains("note: read as interleavedbench, detected because it is a .json file holding an array", error, StringComparison.Ordinal);
        Assert.Contains("choose it with --bench-format opening or weft", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MalformedBenchmarkLine_ExitsTwoWithFileLineAndField()
    {
        var bench = folder.Write("bench.jsonl", "{\"id\": \"a\", \"task\": \"t\", \"instruction\": \"x\"}\n{\"id\": \"b\", \"task\": 3, \"instruction\": \"y\"}\n");

        var (code, _, error) = await CliRunner.RunAsync("eval", "--bench", bench, "--system", Strong, "--run", folder.File("run"));

        Assert.Equal(2, code);
        Assert.Contains("bench.jsonl:2: task:", error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
