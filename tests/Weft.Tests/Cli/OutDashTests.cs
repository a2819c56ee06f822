using System.Text.Json;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Cli;

/// <summary><c>--out -</c> means standard output in every command that writes a file, and never creates a file named "-".</summary>
public sealed class OutDashTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    private static string Strong => "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl");

    private static string Weak => "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl");

    [Fact]
    public async Task Report_OutDash_PrintsTheDocument()
    {
        var run = await RunAsync();

        var (code, output, error) = await CliRunner.RunAsync("report", "--run", run, "--format", "json", "--out", "-");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        AssertNoDashFile();
    }

    [Fact]
    public async Task ReportHtml_OutDash_PrintsThePage()
    {
        var run = await RunAsync();

        var (code, output, error) = await CliRunner.RunAsync("report", "--run", run, "--format", "html", "--out", "-");

        Assert.True(code == 0, error);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("Wrote standard output", error, StringComparison.Ordinal);
        AssertNoDashFile();
    }

    [Fact]
    public async Task ArenaSample_OutDash_PrintsTheBattles()
    {
        var (code, output, error) = await CliRunner.RunAsync("arena", "sample", "--bench", Bench, "--system", Strong, "--system", Weak, "--per-pair", "4", "--out", "-");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
        AssertNoDashFile();
    }

    [SharedDataFact]
    public async Task ArenaWinRatesAndScoresSummarize_OutDash_PrintTheDocument()
    {
        var verdicts = folder.Write("v.jsonl", """{"instance": "1", "system_a": "x", "system_b": "y", "winner": "A", "source": "annotator:ann"}""");

        var (winCode, win, winError) = await CliRunner.RunAsync("arena", "winrates", "--verdicts", verdicts, "--format", "json", "--out", "-");
        var (scoreCode, scores, scoreError) = await CliRunner.RunAsync("scores", "summarize", "--scores", Path.Combine(TestPaths.OpeningData, "gpt-score-sample.json"), "--format", "json", "--out", "-");

        Assert.True(winCode == 0, winError);
        Assert.True(scoreCode == 0, scoreError);
        JsonDocument.Parse(win).Dispose();
        JsonDocument.Parse(scores).Dispose();
        AssertNoDashFile();
    }

    [Fact]
    public async Task Generate_TakesItsRunFolderAsRun()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = _ => FakeBehavior.Reply("Only words here.");
        var run = folder.File("gen");

        var (code, _, error) = await CliRunner.RunAsync(
            "generate", "--bench", Bench, "--system", "omni", "--endpoint", server.OpenAIEndpoint.ToString(), "--model", "omni-1", "--run", run, "--limit", "1");
        var (_, help, _) = await CliRunner.RunAsync("generate", "--help");

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(run, "omni.jsonl")));
        Assert.Contains("--run", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--out", help, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    // A relative "-" would land in the working directory.
    private static void AssertNoDashFile() => Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "-")), "a file named '-' was written");

    private async Task<string> RunAsync()
    {
        var run = folder.File("run");
        var (code, _, error) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--judge", "none", "--run", run, "--limit", "2");
        Assert.True(code == 0, error);
        return run;
    }
}
