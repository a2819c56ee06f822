using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed partial class ScoreReplyParserTests
{
    [Theory]
    [InlineData("7", "score 7 is outside 0–5")]
    [InlineData("-1", "score -1 is outside 0–5")]
    [InlineData("4.5", "score 4.5 is not an integer")]
    [InlineData("\"4.5\"", "score 4.5 is not an integer")]
    [InlineData("\"4.5/5\"", "score 4.5/5 is not an integer")]
    [InlineData("\"4/10\"", "score 4/10 is not on the 0–5 scale")]
    [InlineData("\"6 out of 5\"", "score 6 out of 5 is outside 0–5")]
    [InlineData("\"four-ish\"", "score \"four-ish\" is not a number")]
    [InlineData("\"good\"", "score \"good\" is not a number")]
    [InlineData("\"eleven\"", "score \"eleven\" is not a number")]
    [InlineData("true", "score \"true\" is not a number")]
    [InlineData("[4]", "score \"[4]\" is not a number")]
    [InlineData("1e400", "score 1e400 is outside 0–5")]
    [InlineData("99999999999999999999999999999999", "score 99999999999999999999999999999999 is outside 0–5")]
    [InlineData("null", "judge said not applicable")]
    [InlineData("\"N/A\"", "judge said not applicable")]
    [InlineData("\"not applicable\"", "judge said not applicable")]
    public void Parse_UnacceptableJsonScore_ReportsWhy(string score, string problem)
    {
        var result = ParseOne("""{"text_quality": {"explanation": "x", "score": SCORE}}""".Replace("SCORE", score, StringComparison.Ordinal));

        Assert.Equal(ParseMethod.TolerantJson, result.Method);
        Assert.Empty(result.Scores);
        AssertProblems(result, new CriterionProblem(TQ, problem));
    }

    [Theory]
    [InlineData("Text quality: 7", "score 7 is outside 0–5")]
    [InlineData("Text quality: -1", "score -1 is outside 0–5")]
    [InlineData("Text quality: 4.5/5 – nearly perfect", "score 4.5/5 is not an integer")]
    [InlineData("Text quality: 4/10", "score 4/10 is not on the 0–5 scale")]
    [InlineData("Text quality: 8 out of 10", "score 8 out of 10 is not on the 0–5 scale")]
    [InlineData("Text quality: N/A – there is no text", "judge said not applicable")]
    [InlineData("| Text quality | 4.5 | fine |", "score 4.5 is not an integer")]
    public void Parse_UnacceptableTextScore_ReportsWhy(string line, string problem)
    {
        var result = ParseOne(line);

        Assert.Equal(ParseMethod.Text, result.Method);
        AssertProblems(result, new CriterionProblem(TQ, problem));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("I'm sorry, I can't help with that.")]
    [InlineData("I cannot evaluate images.")]
    [InlineData("<html><head><style>body { color: red; }</style></head><body><h1>502 Bad Gateway</h1></body></html>")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("See [1] and {this}.")]
    public void Parse_NoScoresAtAll_ReportsEveryKeyMissing(string reply)
    {
        var result = Parse(reply);

        Assert.Equal(ParseMethod.None, result.Method);
        Assert.Empty(result.Scores);
        AssertProblems(result, new CriterionProblem(TQ, "missing"), new CriterionProblem(Help, "missing"));
    }

    [Fact]
    public void Parse_OneKeyMissing_ScoresTheOtherAndReportsIt()
    {
        var result = Parse("""{"text_quality": {"explanation": "a", "score": 4}}""");

        Assert.Equal([new CriterionScore(TQ, 4, "a")], result.Scores);
        AssertProblems(result, new CriterionProblem(Help, "missing"));
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Parse_JsonAndLaterTextDisagree_ReportsTheConflict()
    {
        var result = ParseOne("""
            {"text_quality": {"explanation": "a", "score": 4}}

            On reflection, Text quality: 2/5.
            Text quality: 2
            """);

        AssertProblems(result, new CriterionProblem(TQ, "conflicting scores 4 and 2"));
    }

    [Fact]
    public void Parse_TextBeforeJsonDisagrees_ReportsInReadingOrder()
    {
        var result = ParseOne("Text quality: 2\n```json\n{\"text_quality\": {\"explanation\": \"a\", \"score\": 4}}\n```");

        AssertProblems(result, new CriterionProblem(TQ, "conflicting scores 2 and 4"));
    }

    [Fact]
    public void Parse_DuplicateKeysInJsonDisagree_ReportsTheConflict()
    {
        var result = ParseOne("""{"text_quality": {"explanation": "a", "score": 4}, "Text Quality": {"explanation": "b", "score": 3}, "TQ": 1}""");

        AssertProblems(result, new CriterionProblem(TQ, "conflicting scores 4, 3 and 1"));
    }

    [Fact]
    public void Parse_ScoreAndNotApplicableForOneKey_IsAConflict()
    {
        var result = ParseOne("""{"text_quality": {"explanation": "a", "score": 4}, "TQ": "N/A"}""");

        AssertProblems(result, new CriterionProblem(TQ, "conflicting scores 4 and N/A"));
    }

    [Fact]
    public void Parse_JsonAndTextAgree_KeepTheJsonExplanation()
    {
        var result = ParseOne("Text quality: 4/5 – fine\n{\"text_quality\": {\"explanation\": \"clear\", \"score\": 4}}");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "clear"));
    }

    [Fact]
    public void Parse_ExactShapeWithOutOfRangeScore_IsNotStrictAndReportsIt()
    {
        var result = Parse("""{"text_quality": {"explanation": "a", "score": 6}, "helpfulness": {"explanation": "b", "score": 3}}""");

        Assert.Equal(ParseMethod.TolerantJson, result.Method);
        Assert.Equal([new CriterionScore(Help, 3, "b")], result.Scores);
        AssertProblems(result, new CriterionProblem(TQ, "score 6 is outside 0–5"));
    }
}
