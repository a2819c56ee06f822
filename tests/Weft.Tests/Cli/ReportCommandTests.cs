using System.Text.Json;
using Weft.Testing;

namespace Weft.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Report_EveryFormat_WritesTheSameRun()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var run = folder.File("run");
        var (code, _, _) = await CliRunner.RunAsync(
            "eval", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"), "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"),
            "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", run);
        Assert.Equal(0, code);

        foreach (var format in new[] { "md", "csv", "json", "table" })
        {
            var (reportCode, output, error) = await CliRunner.RunAsync("report", "--run", run, "--format", format);
            Assert.True(reportCode == 0, error);
            Assert.Contains("strong", output, StringComparison.Ordinal);
        }

        var path = folder.File("out/report.json");
        var (written, _, _) = await CliRunner.RunAsync("report", "--run", run, "--format", "json", "--out", path);
        Assert.Equal(0, written);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(1, json.RootElement.GetProperty("weft_report_version").GetInt32());
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public async Task Report_NotARunFolder_ExitsTwo()
    {
        var (code, _, error) = await CliRunner.RunAsync("report", "--run", folder.File("empty"));

        Assert.Equal(2, code);
        Assert.Contains("not a Weft run folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Html_WritesOneSelfContainedFile()
    {
        var run = folder.File("run");
        var (code, _, _) = await CliRunner.RunAsync(
            "eval", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"), "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"),
            "--judge", "none", "--run", run);
        Assert.Equal(0, code);

        var path = folder.File("out/report.html");
        var (written, output, error) = await CliRunner.RunAsync("report", "--run", run, "--format", "html", "--out", path, "--max-image-side", "0");

        Assert.True(written == 0, error);
        Assert.Contains("report.html", error, StringComparison.Ordinal);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("data:image/", html, StringComparison.Ordinal);
        Assert.Contains("Explain how to plant a young tree", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_HtmlWithoutOut_ExitsTwo()
    {
        var (code, _, error) = await CliRunner.RunAsync("report", "--run", folder.File("run"), "--format", "html");

        Assert.Equal(2, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
