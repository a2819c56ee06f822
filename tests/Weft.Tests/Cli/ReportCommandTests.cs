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
    public async Task Report_EmbedQuality_IsTheEncodingQualityOfEmbeddedImages()
    {
        var run = folder.File("run");
        var (code, _, _) = await CliRunner.RunAsync(
            "eval", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"), "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"),
            "--judge", "none", "--run", run);
        Assert.Equal(0, code);

        var (low, _, lowError) = await CliRunner.RunAsync("report", "--run", run, "--format", "html", "--out", folder.File("low.html"), "--embed-quality", "5");
        var (high, _, _) = await CliRunner.RunAsync("report", "--run", run, "--format", "html", "--out", folder.File("high.html"), "--embed-quality", "100");
        var (bad, _, badError) = await CliRunner.RunAsync("report", "--run", run, "--format", "html", "--out", folder.File("bad.html"), "--embed-quality", "0");

        Assert.True((low, high) == (0, 0), lowError);
        Assert.True(new FileInfo(folder.File("low.html")).Length < new FileInfo(folder.File("high.html")).Length);
        Assert.Equal(2, bad);
        Assert.Contains("--embed-quality 1 to 100", badError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--image-quality", "80")]
    [InlineData("--picture-quality", "hd")]
    public async Task Report_QualityNamesOfOtherMeanings_AreRefused(string option, string value)
    {
        var (code, _, error) = await CliRunner.RunAsync("report", "--run", folder.File("run"), "--format", "html", "--out", folder.File("r.html"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
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
