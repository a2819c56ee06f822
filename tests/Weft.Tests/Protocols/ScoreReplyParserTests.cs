using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed partial class ScoreReplyParserTests
{
    private const string TQ = "text_quality";
    private const string Help = "helpfulness";

    private static readonly ScoreScale ZeroToFive = new(0, 5);

    private static ScoreParseResult Parse(string reply) => VerdictParser.Parse(reply, [Aspect.TextQuality, Aspect.Helpfulness]);

    private static ScoreParseResult ParseOne(string reply, Aspect aspect = Aspect.TextQuality) => VerdictParser.Parse(reply, [aspect]);

    private static void AssertScores(ScoreParseResult result, ParseMethod method, params CriterionScore[] scores)
    {
        Assert.Equal(method, result.Method);
        Assert.Empty(result.Problems);
        Assert.Equal(scores, result.Scores);
    }

    private static void AssertProblems(ScoreParseResult result, params CriterionProblem[] problems) => Assert.Equal(problems, result.Problems);

    [Fact]
    public void Parse_ExpectedKeysNotDistinct_Throws()
    {
        Assert.Throws<ArgumentException>(() => ScoreReplyParser.Parse("{}", [TQ, "Text_Quality"], _ => null, ZeroToFive));
    }

    [Fact]
    public void Parse_ScaleMinimumAboveMaximum_Throws()
    {
        Assert.Throws<ArgumentException>(() => ScoreReplyParser.Parse("{}", [TQ], _ => null, new ScoreScale(5, 0)));
    }

    [Fact]
    public void Parse_NoExpectedKeys_IsCompleteWithNothing()
    {
        var result = ScoreReplyParser.Parse("Text quality: 4", [], _ => null, ZeroToFive);

        Assert.True(result.IsComplete);
        Assert.Empty(result.Scores);
    }

    [Fact]
    public void Parse_ExactKeyIgnoringCase_MatchesWithoutMatchKey()
    {
        var result = ScoreReplyParser.Parse("""{"Correctness": {"score": 9, "explanation": "x"}}""", ["correctness"], _ => null, new ScoreScale(0, 10));

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore("correctness", 9, "x"));
    }

    [Fact]
    public void Parse_MatchKeyReturnsAKeyNotExpected_IsIgnored()
    {
        var result = ScoreReplyParser.Parse("""{"Other": 3, "Mine": 4}""", ["mine"], label => label == "Other" ? "elsewhere" : null, ZeroToFive);

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore("mine", 4, ""));
    }
}
