using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Cli;

public sealed class ScoresSummarizeCommandTests
{
    private static string Sample => Path.Combine(TestPaths.OpeningData, "gpt-score-sample.json");

    [SharedDataFact]
    public async Task Summarize_SampleAsCsv_OverallRowsInRankOrder()
    {
        var (code, output, error) = await CliRunner.RunAsync("scores", "summarize", "--scores", Sample, "--format", "csv");

        Assert.Equal((0, string.Empty), (code, error));
        var overall = output.Split('\n').Where(l => l.Contains(",Overall,", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, overall.Count);
        Assert.StartsWith("1,Human,Overall,4,0,8.29,", overall[0], StringComparison.Ordinal);
        Assert.StartsWith("10,Show-o,Overall,5,0,4.63,", overall[9], StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Summarize_Table_ShowsRoundedColumnsAndOurIntervals()
    {
        var (code, output, _) = await CliRunner.RunAsync("scores", "summarize", "--scores", Sample);

        Assert.Equal(0, code);
        Assert.Contains("Overall", output, StringComparison.Ordinal);
        Assert.Contains("Gemini1.5+Flux", output, StringComparison.Ordinal);
        Assert.Contains("7.33", output, StringComparison.Ordinal);
        Assert.Contains("half to even", output, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Summarize_NewerLayout_ReadLikeTheOlder()
    {
        using var folder = new TempFolder();
        var path = folder.File("gpt-score_results_new.json");
        var criteria = string.Join(", ", Weft.Protocols.OpeningCriteria.All.Select(c => $"\"{c}\": {{\"Score\": 6, \"Justification\": \"j\"}}"));
        await File.WriteAllTextAsync(path, """[{"instance_id": "0302005", "model": {"name": "Show-o"}, "score": {""" + criteria + "}}]");

        var (code, output, error) = await CliRunner.RunAsync("scores", "summarize", "--scores", path, "--format", "csv");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("1,Show-o,Overall,1,0,6.00,", output, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Summarize_DuplicateItem_ExitsTwoNamingBothPlaces()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.json");
        await File.WriteAllTextAsync(path, """
            [{"data_id": "1", "model": {"name": "a"}, "score": {}},
             {"data_id": "1", "model": {"name": "a"}, "score": {}}]
            """);

        var (code, _, error) = await CliRunner.RunAsync("scores", "summarize", "--scores", path);

        Assert.Equal(2, code);
        Assert.Contains($"{path}:2: 1/data_id: duplicate item: instance \"1\" of system \"a\" is already scored at index 0 (line 1)", error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Summarize_MissingFile_IsAUserError()
    {
        var (code, _, error) = await CliRunner.RunAsync("scores", "summarize", "--scores", "/nonexistent/scores.json");

        Assert.Equal(2, code);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
    }
}
