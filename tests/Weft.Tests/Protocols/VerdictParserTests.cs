using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed class VerdictParserTests
{
    private static readonly Aspect[] Two = [Aspect.TextQuality, Aspect.Helpfulness];

    private const string Exact = """
        {"text_quality": {"explanation": "Clear and fluent.", "score": 4}, "helpfulness": {"explanation": "Mostly follows the instruction.", "score": 3}}
        """;

    [Fact]
    public void Parse_ExactRequestedJson_IsStrictAndComplete()
    {
        var result = VerdictParser.Parse(Exact, Two);

        Assert.Equal(ParseMethod.StrictJson, result.Method);
        Assert.True(result.IsComplete);
        Assert.Equal(
            [new CriterionScore("text_quality", 4, "Clear and fluent."), new CriterionScore("helpfulness", 3, "Mostly follows the instruction.")],
            result.Scores);
    }

    [Fact]
    public void Parse_AllFiveAspects_ListsScoresInExpectedOrder()
    {
        var reply = """
            {"helpfulness": {"explanation": "e", "score": 5}, "text_image_coherence": {"explanation": "d", "score": 4},
             "image_coherence": {"explanation": "c", "score": 3}, "perceptual_quality": {"explanation": "b", "score": 2},
             "text_quality": {"explanation": "a", "score": 1}}
            """;

        var result = VerdictParser.Parse(reply, Aspects.All);

        Assert.Equal(ParseMethod.StrictJson, result.Method);
        Assert.Equal(["text_quality", "perceptual_quality", "image_coherence", "text_image_coherence", "helpfulness"], result.Scores.Select(s => s.Key));
        Assert.Equal([1, 2, 3, 4, 5], result.Scores.Select(s => s.Score));
    }

    [Theory]
    [InlineData("Text Quality")]
    [InlineData("TQ")]
    [InlineData("text-quality")]
    [InlineData("TEXT_QUALITY")]
    [InlineData("Text Quality (TQ)")]
    public void Parse_KeySpellings_MapToTheAspect(string spelling)
    {
        var reply = $$$"""{"{{{spelling}}}": {"explanation": "fine", "score": 4}}""";

        var result = VerdictParser.Parse(reply, [Aspect.TextQuality]);

        Assert.Equal(ParseMethod.TolerantJson, result.Method);
        Assert.Equal([new CriterionScore("text_quality", 4, "fine")], result.Scores);
    }

    [Theory]
    [InlineData("text-image coherence")]
    [InlineData("Text-Image Coherence (TIC)")]
    [InlineData("TIC")]
    [InlineData("Text image coherence")]
    public void Parse_TextImageCoherenceSpellings_MapToTheAspect(string spelling)
    {
        var result = VerdictParser.Parse($"{spelling}: 2 out of 5", [Aspect.TextImageCoherence]);

        Assert.Equal([new CriterionScore("text_image_coherence", 2, "")], result.Scores);
    }

    [Fact]
    public void Parse_ImageCoherenceLabel_DoesNotFillTextImageCoherence()
    {
        var result = VerdictParser.Parse("Image coherence: 3", [Aspect.ImageCoherence, Aspect.TextImageCoherence]);

        Assert.Equal([new CriterionScore("image_coherence", 3, "")], result.Scores);
        Assert.Equal([new CriterionProblem("text_image_coherence", "missing")], result.Problems);
    }

    [Fact]
    public void ToVerdicts_ScoresAndProblems_BecomeScoredAndErrorInExpectedOrder()
    {
        var result = VerdictParser.Parse("""{"helpfulness": {"explanation": "ok", "score": 7}, "text_quality": {"explanation": "good", "score": 4}}""", Two);

        var verdicts = VerdictParser.ToVerdicts(result, Two);

        Assert.Equal(
            [AspectVerdict.Scored(Aspect.TextQuality, 4, "good"), AspectVerdict.Error(Aspect.Helpfulness, "score 7 is outside 0–5")],
            verdicts);
    }

    [Fact]
    public void ToVerdicts_NotApplicableFromJudge_IsAnErrorNotAScore()
    {
        var result = VerdictParser.Parse("""{"text_quality": null, "helpfulness": {"score": 3, "explanation": "ok"}}""", Two);

        var verdicts = VerdictParser.ToVerdicts(result, Two);

        Assert.Equal(AspectVerdict.Error(Aspect.TextQuality, "judge said not applicable"), verdicts[0]);
        Assert.Equal(VerdictStatus.Scored, verdicts[1].Status);
    }

    [Fact]
    public void ToVerdicts_Refusal_GivesAnErrorForEveryAspect()
    {
        var result = VerdictParser.Parse("I'm sorry, I can't help with that.", Aspects.All);

        var verdicts = VerdictParser.ToVerdicts(result, Aspects.All);

        Assert.Equal(ParseMethod.None, result.Method);
        Assert.All(verdicts, verdict => Assert.Equal(VerdictStatus.Error, verdict.Status));
        Assert.All(verdicts, verdict => Assert.Equal("missing", verdict.Explanation));
        Assert.All(verdicts, verdict => Assert.Null(verdict.Score));
    }
}
