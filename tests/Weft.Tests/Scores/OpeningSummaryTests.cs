using Weft.Protocols;
using Weft.Scores;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Scores;

public sealed class OpeningSummaryTests
{
    private static string Sample => Path.Combine(TestPaths.OpeningData, "gpt-score-sample.json");

    // Expected values computed independently in Python 3 from gpt-score-sample.json:
    //   C = ["Correctness", "Image-Text Coherency", "Multi-step Consistency", "Content Quality",
    //        "Human Preference Alignment", "Completeness", "Content Richness"]
    //   for each model name: r = [round(sum(item[c]["Score"]) / len(items), 2) for c in C]; overall = sum(r) / 7
    //   ranked by overall, descending.
    public static TheoryData<int, string, int, double[], double, double> Expected() => new()
    {
        { 1, "Human", 4, [8.75, 8.75, 8.25, 8.0, 8.75, 8.25, 7.25], 8.285714285714286, 8.29 },
        { 2, "GPT-4o+DALL-E3", 2, [8.0, 8.0, 8.0, 8.0, 8.5, 9.0, 7.5], 8.142857142857142, 8.14 },
        { 3, "Gemini1.5+Flux", 3, [7.33, 8.0, 7.33, 8.0, 9.0, 7.0, 6.0], 7.522857142857142, 7.52 },
        { 4, "SEED-LLaMA", 5, [8.0, 7.6, 7.0, 7.8, 8.6, 7.0, 6.0], 7.428571428571429, 7.43 },
        { 5, "SEED-X", 4, [7.25, 7.75, 7.25, 7.5, 8.5, 6.0, 6.5], 7.25, 7.25 },
        { 6, "Emu2", 3, [6.67, 7.0, 6.67, 7.33, 8.33, 6.33, 5.67], 6.857142857142857, 6.86 },
        { 7, "Anole", 4, [6.0, 4.25, 6.75, 6.25, 7.25, 7.5, 5.5], 6.214285714285714, 6.21 },
        { 8, "MiniGPT-5", 5, [6.8, 6.0, 5.6, 6.0, 7.4, 4.8, 4.8], 5.914285714285713, 5.91 },
        { 9, "GILL", 5, [6.0, 5.4, 5.0, 6.0, 7.4, 5.2, 4.2], 5.6000000000000005, 5.6 },
        { 10, "Show-o", 5, [4.2, 4.4, 4.8, 5.2, 6.2, 4.2, 3.4], 4.628571428571428, 4.63 },
    };

    [SharedDataTheory]
    [MemberData(nameof(Expected))]
    public async Task Summarize_GptScoreSample_MatchesThePythonComputation(int rank, string system, int items, double[] rounded, double overall, double overallRounded)
    {
        var summaries = OpeningSummary.Summarize(await OpeningScoreReader.ReadAsync(Sample));

        Assert.Equal(10, summaries.Count);
        var summary = summaries[rank - 1];
        Assert.Equal((rank, system, items, 0), (summary.Rank, summary.System, summary.Items, summary.Missing));
        Assert.Equal(rounded, summary.Criteria.Select(c => c.RoundedMean!.Value));
        Assert.Equal(overall, summary.Overall);
        Assert.Equal(overallRounded, summary.OverallRounded);
    }

    [SharedDataFact]
    public async Task Summarize_GptScoreSample_OwnFiguresAreUnroundedWithIntervals()
    {
        var gemini = OpeningSummary.Summarize(await OpeningScoreReader.ReadAsync(Sample)).Single(s => s.System == "Gemini1.5+Flux");

        var correctness = gemini.Criteria[0];
        Assert.Equal(22.0 / 3, correctness.Mean.Mean!.Value, 12); // scores 8, 7, 7: unrounded, where OpenING shows 7.33
        Assert.True(correctness.Mean.Low < correctness.Mean.Mean && correctness.Mean.High > correctness.Mean.Mean);
        Assert.Equal(3, gemini.ItemMean.N);
    }

    [SharedDataFact]
    public void Summarize_MissingAndUnusableScores_CountedNeverZero()
    {
        OpeningScore[] scores =
        [
            .. OpeningCriteria.All.Select(c => new OpeningScore("1", "x", c, 6, null, null)),
            .. OpeningCriteria.All.Select(c => new OpeningScore("2", "X", c, c == "Correctness" ? null : 8, null, c == "Correctness" ? "missing" : null)),
        ];

        var summary = Assert.Single(OpeningSummary.Summarize(scores));

        Assert.Equal((2, 1, 6.0), (summary.Items, summary.Missing, summary.Criteria[0].RoundedMean!.Value));
        Assert.Equal(7.0, summary.Criteria[1].RoundedMean);
        Assert.Equal(1, summary.ItemMean.N);
    }

    [SharedDataTheory]
    [InlineData(2.675, 2.67)] // the double is just below 2.675
    [InlineData(0.125, 0.12)] // an exact binary half rounds to even
    [InlineData(0.375, 0.38)]
    [InlineData(7.333333333333333, 7.33)]
    [InlineData(-1.005, -1.0)]
    [InlineData(8.0, 8.0)]
    public void PythonRound_TwoDigits_AsPythonRoundsThem(double value, double expected) =>
        Assert.Equal(expected, PythonRounding.Round(value, 2));

    [SharedDataFact]
    public void Summarize_SameInstanceSystemAndCriterionTwice_Refused()
    {
        // Counting the repeat would weigh the instance twice in the criterion means and drop it from the item means.
        var rows = OpeningCriteria.All.Select(c => new OpeningScore("1", "a", c, 5, null, null))
            .Append(new OpeningScore("1", "A", "Correctness", 9, null, null))
            .ToList();

        var error = Assert.Throws<ArgumentException>(() => OpeningSummary.Summarize(rows));

        Assert.Contains("instance \"1\" of system \"A\" has two Correctness scores", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReadAsync_BadShapes_NameFileLineAndField()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.json");
        await File.WriteAllTextAsync(path, """
            [
              {"data_id": "1", "model": {"id": "1", "name": "a"}, "score": {"Correctness": {"Score": 11, "Justification": "x"}}},
              {"data_id": "2", "model": {"id": "1"}, "score": {}}
            ]
            """);

        var error = await Assert.ThrowsAsync<Weft.Benchmarks.DataFormatException>(() => OpeningScoreReader.ReadAsync(path));

        Assert.Equal($"{path}:3: 1/model/name: missing or not a string", Assert.Single(error.Errors).ToString());
    }

    [SharedDataFact]
    public async Task ReadAsync_ScoreOutOfRange_KeptAsUnusable()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.json");
        await File.WriteAllTextAsync(path, """[{"data_id": "1", "model": {"id": "1", "name": "a"}, "score": {"correctness": {"score": 11}, "Completeness": {"Score": "7"}}}]""");

        var rows = await OpeningScoreReader.ReadAsync(path);

        Assert.Equal(7, rows.Count);
        Assert.Equal((null, "not an integer from 0 to 10: 11"), (rows[0].Score, rows[0].Problem));
        Assert.Equal(7, rows.Single(r => r.Criterion == "Completeness").Score);
        Assert.Equal(5, rows.Count(r => r.Problem == "missing"));
    }
}
