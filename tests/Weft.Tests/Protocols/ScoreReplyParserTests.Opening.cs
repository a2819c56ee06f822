using System.Text.Json;
using Weft.Protocols;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Protocols;

public sealed partial class ScoreReplyParserTests
{
    private static readonly string[] OpeningCriteria =
    [
        "Correctness", "Image-Text Coherency", "Multi-step Consistency", "Content Quality",
        "Human Preference Alignment", "Completeness", "Content Richness",
    ];

    private static readonly ScoreScale ZeroToTen = new(0, 10);

    private static string? MatchOpening(string label)
    {
        var wanted = Squash(label);
        return OpeningCriteria.FirstOrDefault(criterion => Squash(criterion) == wanted);
    }

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    [Fact]
    public void Parse_OpeningStyleReply_ReadsAllSevenCriteriaOnZeroToTen()
    {
        var reply = """
            ```json
            {"Correctness": {"Score": 8, "Justification": "Accurate."},
             "image-text coherency": {"Score": 7, "Justification": "Images match."},
             "Multi-step Consistency": {"Score": 6, "Justification": "Mostly consistent."},
             "Content Quality": {"Score": 9, "Justification": "Polished."},
             "Human Preference Alignment": {"Score": 10, "Justification": "Nothing objectionable."},
             "Completeness": {"Score": 0, "Justification": "Nothing after step one."},
             "Content Richness": {"Score": "5/10", "Justification": "Thin."}}
            ```
            """;

        var result = ScoreReplyParser.Parse(reply, OpeningCriteria, MatchOpening, ZeroToTen);

        Assert.True(result.IsComplete);
        Assert.Equal(ParseMethod.TolerantJson, result.Method);
        Assert.Equal(OpeningCriteria, result.Scores.Select(s => s.Key));
        Assert.Equal([8, 7, 6, 9, 10, 0, 5], result.Scores.Select(s => s.Score));
        Assert.Equal("Nothing after step one.", result.Scores[5].Explanation);
    }

    [Theory]
    [InlineData("\"4/5\"", "score 4/5 is not on the 0–10 scale")]
    [InlineData("11", "score 11 is outside 0–10")]
    [InlineData("\"eight\"", null)]
    public void Parse_OpeningScoreOnTheWrongScale_IsRejected(string score, string? problem)
    {
        var reply = $$$"""{"Correctness": {"Score": {{{score}}}, "Justification": "x"}}""";

        var result = ScoreReplyParser.Parse(reply, ["Correctness"], MatchOpening, ZeroToTen);

        Assert.Equal(problem, result.Problems.SingleOrDefault()?.Problem);
    }

    [SharedDataFact]
    public void Parse_OpeningGptScoreSample_All40ScoreObjectsParseCompletely()
    {
        var path = Path.Combine(TestPaths.OpeningData, "gpt-score-sample.json");
        using var file = JsonDocument.Parse(File.ReadAllText(path));
        var items = file.RootElement.EnumerateArray().ToList();
        Assert.Equal(40, items.Count);

        foreach (var item in items)
        {
            var score = item.GetProperty("score");
            var result = ScoreReplyParser.Parse(score.GetRawText(), OpeningCriteria, MatchOpening, ZeroToTen);

            Assert.True(result.IsComplete, $"{item.GetProperty("data_id")}: {string.Join("; ", result.Problems)}");
            foreach (var parsed in result.Scores)
            {
                var source = score.GetProperty(parsed.Key);
                Assert.Equal(source.GetProperty("Score").GetInt32(), parsed.Score);
                Assert.Equal(source.GetProperty("Justification").GetString(), parsed.Explanation);
            }
        }
    }
}
