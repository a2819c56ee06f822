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
        Assert.Equal(string.Empty, error);
        Assert.Contains("16 instances × 2 system(s): 30 outputs, 2 missing outputs", output, StringComparison.Ordinal);
        Assert.Contains("No judge scores in this run", output, StringComparison.Ordinal);
        Assert.Contains("images.blank", output, StringComparison.Ordinal);
        Assert.Contains("heuristics", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Eval_WithFakeJudge_PrintsScoresPerAspect()
    {
        await using var server = await FakeJudgeServer.StartAsync();

        var (code, output, _) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", folder.File("run"));

        Assert.Equal(0, code);
        Assert.Equal(30, server.RequestCount);
        Assert.Contains("Judged 30, errors 0, not finished 0", output, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("--system", "no-equals-sign", "must be NAME=PATH")]
    [InlineData("--judge", "gpt-4o", "expected none, openai:MODEL")]
    [InlineData("--concurrency", "0", "--concurrency must be a positive number")]
    [InlineData("--image-detail", "ultra", "ultra")]
    [InlineData("--max-image-side", "8", "--max-image-side must be between 16 and 8192")]
    [InlineData("--retries", "-1", "--retries must be between 0 and 100")]
    [InlineData("--temperature", "3", "--temperature must be between 0 and 2")]
    [InlineData("--timeout", "100000", "--timeout must be between 0.01 and 86400 seconds")]
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
        Assert.Contains("nope.jsonl", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
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
