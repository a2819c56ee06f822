using SkiaSharp;
using Weft.Reports.Html;
using Weft.Testing;
using Weft.Tests.Cli;

namespace Weft.Tests.Reports.Html;

/// <summary>The refine steps beside a generated system's outputs, as the HTML report shows them.</summary>
public sealed class HtmlRefineTests : IDisposable
{
    private const string Problem = "<script>window.pwned = 1</script> shows two trees, not one";
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Report_StepsWithAFailedCheck_ShowsTheAttemptsAndTheProblemAsText()
    {
        var run = await EvalAsync(
            Step(0, "../outside.png", false, Problem),
            Step(1, "images/sys/q1-1-r1.png", false, "still two trees"),
            Step(2, "images/sys/q1-1-r2.png", true, null));

        var data = await HtmlReportData.LoadAsync(run);
        var html = await HtmlRun.RenderAsync(data, new HtmlReportOptions(MaxImageSide: 0));

        Assert.Empty(data.Warnings);
        Assert.Contains("Refine · picture 1: 3 drawings, 2 rejected, kept drawing passed", html, StringComparison.Ordinal);
        Assert.Contains("first drawing</span> <span class=\"err\">failed</span>", html, StringComparison.Ordinal);
        Assert.Contains("redraw 2</span> <span class=\"ok\">passed</span>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.pwned = 1&lt;/script&gt; shows two trees, not one", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.pwned", html, StringComparison.Ordinal);

        // Only the replaced drawing inside the outputs folder gets a thumbnail; the path leaving it is not read.
        var thumbnail = Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<img class=\"pic step\" data-img=\"(i\\d+)\" alt=\"([^\"]*)\">"));
        Assert.Equal("q1-1-r1.png", thumbnail.Groups[2].Value);
        Assert.Contains($"\"{thumbnail.Groups[1].Value}\":[\"data:image/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("outside.png", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_PicturesDrawnOnceAndPassed_GetNoNote()
    {
        var run = await EvalAsync(Step(0, "images/sys/q1-1-r2.png", true, null));

        var html = await HtmlRun.RenderAsync(await HtmlReportData.LoadAsync(run), new HtmlReportOptions(MaxImageSide: 0));

        Assert.DoesNotContain("class=\"refine\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MalformedStepsLine_WarnsOnceAndRendersAsWithout()
    {
        var run = await EvalAsync(Step(0, "images/sys/q1-1-r1.png", false, Problem), "{\"instance\":\"q1\",\"image\":\"one\"", Step(1, "images/sys/q1-1-r2.png", true, null));
        var path = folder.File("report.html");

        var (code, _, error) = await CliRunner.RunAsync("report", "--run", run, "--format", "html", "--out", path, "--max-image-side", "0");

        Assert.True(code == 0, error);
        // Standard error holds the warning and the "Wrote" status line.
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => !line.StartsWith("Wrote ", StringComparison.Ordinal));
        Assert.StartsWith("warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("sys.steps.jsonl:2:", warning, StringComparison.Ordinal);
        var html = File.ReadAllText(path);
        Assert.Contains("A tree, as asked.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"refine\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</body></html>\n", html, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static string Step(int attempt, string path, bool? ok, string? problem) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["instance"] = "q1",
            ["image"] = 1,
            ["attempt"] = attempt,
            ["prompt"] = "a tree",
            ["path"] = path,
            ["sha256"] = "00",
            ["ok"] = ok,
            ["problem"] = problem,
            ["request_key"] = "k",
        });

    // A one-instance benchmark, a generated system whose outputs sit beside the given steps file, evaluated without a judge.
    private async Task<string> EvalAsync(params string[] steps)
    {
        folder.Write("bench.jsonl", "{\"id\":\"q1\",\"task\":\"how-to\",\"instruction\":\"Draw a tree.\"}\n");
        folder.Write("gen/sys.jsonl", "{\"id\":\"q1\",\"output\":[{\"text\":\"A tree, as asked.\"},{\"image\":\"images/sys/q1-1-r2.png\"}]}\n");
        folder.Write("gen/sys.steps.jsonl", string.Join('\n', steps) + "\n");
        folder.Write("outside.png", TestImages.Png(24, 24, SKColors.Red));
        folder.Write("gen/images/sys/q1-1-r1.png", TestImages.Png(32, 24, SKColors.Orange));
        folder.Write("gen/images/sys/q1-1-r2.png", TestImages.Png(32, 24, SKColors.Teal));
        var run = folder.File("run");
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", folder.File("bench.jsonl"), "--system", "sys=" + folder.File("gen/sys.jsonl"), "--judge", "none", "--run", run);
        Assert.True(code == 0, error);
        return run;
    }
}
