using Weft.Testing;

namespace Weft.Tests.Cli;

public sealed class ScoresSummarizeCommandTests
{
    private static string Sample => Path.Combine(TestPaths.OpeningData, "gpt-score-sample.json");

    [Fact]
    public async Task Summarize_SampleAsCsv_OverallRowsInRankOrder()
    {
        var (code, output, error) = await CliRunner.RunAsync("scores", "summarize", "--scores", Sample, "--format", "csv");

        Assert.Equal((0, string.Empty), (code, error));
        var overall = output.Split('\n').Where(l => l.Contains(",Overall,", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, overall.Count);
        Assert.StartsWith("1,Human,Overall,4,0,8.29,", overall[0], StringComparison.Ordinal);
        Assert.StartsWith("10,Show-o,Overall,5,0,4.63,", overall[9], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_Table_ShowsRoundedColumnsAndOurIntervals()
    {
        var (code, output, _) = await CliRunner.RunAsync("scores", "summarize", "--scores", Sample);

        Assert.Equal(0, code);
        Assert.Contains("Overall", output, StringComparison.Ordinal);
        Assert.Contains("Gemini1.5+Flux", output, StringComparison.Ordinal);
        Assert.Contains("7.33", output, StringComparison.Ordinal);
        Assert.Contains("half to even", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_MissingFile_IsAUserError()
    {
        var (code, _, error) = await CliRunner.RunAsync("scores", "summarize", "--scores", "/nonexistent/scores.json");

        Assert.Equal(2, code);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
    }
}
