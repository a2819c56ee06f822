using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed partial class ScoreReplyParserTests
{
    [Fact]
    public void Parse_StrictShapeWithAnExtraField_IsTolerant()
    {
        var result = Parse("""{"text_quality": {"explanation": "a", "score": 4, "confidence": "high"}, "helpfulness": {"explanation": "b", "score": 3}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_StrictShapeWithAnUnexpectedKey_IgnoresItAndIsTolerant()
    {
        var result = ParseOne("""{"text_quality": {"explanation": "a", "score": 4}, "overall": {"explanation": "z", "score": 1}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"));
    }

    [Theory]
    [InlineData("```json\n{0}\n```")]
    [InlineData("```\n{0}\n```")]
    [InlineData("Here is my evaluation:\n```JSON\n{0}\n```\nLet me know if you need more.")]
    [InlineData("Sure! {0} I hope this helps.")]
    [InlineData("Format: {{\"type\": \"object\"}}.\nAnswer: {0}")]
    public void Parse_JsonInFencesOrProse_IsFound(string template)
    {
        var json = """{"text_quality": {"explanation": "a", "score": 4}, "helpfulness": {"explanation": "b", "score": 3}}""";

        var result = Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, json));

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_BracesInsideStrings_DoNotEndTheObject()
    {
        var result = Parse("""Result: {"text_quality": {"explanation": "uses {braces} and \"quotes\" }", "score": 4}, "helpfulness": {"explanation": "}", "score": 2}} done""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "uses {braces} and \"quotes\" }"), new CriterionScore(Help, 2, "}"));
    }

    [Fact]
    public void Parse_TwoObjectsEachWithOneKey_AreCombined()
    {
        var result = Parse("""First: {"text_quality": {"score": 4, "explanation": "a"}} then {"helpfulness": {"score": 2, "explanation": "b"}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 2, "b"));
    }

    [Theory]
    [InlineData("scores")]
    [InlineData("evaluation")]
    [InlineData("aspects")]
    [InlineData("result")]
    [InlineData("Scores")]
    public void Parse_WrapperKey_IsLookedInto(string wrapper)
    {
        var result = Parse("""{"WRAPPER": {"text_quality": {"score": 4, "explanation": "a"}, "helpfulness": {"score": 3, "explanation": "b"}}}""".Replace("WRAPPER", wrapper, StringComparison.Ordinal));

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_ArrayOfAspectItems_IsRead()
    {
        var result = Parse("""[{"aspect": "Text Quality", "score": 4, "explanation": "a"}, {"aspect": "Helpfulness", "score": 3, "explanation": "b"}]""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_ArrayOfItemsUnderWrapper_IsRead()
    {
        var result = Parse("""{"evaluation": [{"criterion": "TQ", "rating": 4, "reason": "a"}, {"name": "helpfulness", "Score": 3, "Justification": "b"}]}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_FlatScoresWithExplanationSiblings_AreRead()
    {
        var result = Parse("""{"text_quality": 4, "text_quality_explanation": "a", "helpfulness": 3, "helpfulness_explanation": "b"}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_FlatScoreSuffixAndExplanationMap_AreRead()
    {
        var result = Parse("""{"scores": {"text_quality_score": 4, "helpfulness_score": 3}, "explanations": {"TQ": "a", "Help": "b"}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_ExplanationMapBesideScores_IsRead()
    {
        var result = Parse("""{"text_quality": 4, "helpfulness": 3, "explanations": {"TQ": "a", "Help": "b"}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Theory]
    [InlineData("4/5")]
    [InlineData("4 out of 5")]
    [InlineData("4")]
    [InlineData(" 4 ")]
    [InlineData("four")]
    [InlineData("Four")]
    [InlineData("4.0")]
    public void Parse_ScoreAsString_IsAcceptedWhenAnInteger(string score)
    {
        var result = ParseOne($$$"""{"text_quality": "{{{score}}}"}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, ""));
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("4.00")]
    [InlineData("4e0")]
    public void Parse_IntegralJsonNumber_IsAccepted(string number)
    {
        var result = ParseOne($$$"""{"text_quality": {"score": {{{number}}}, "explanation": "a"}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"));
    }

    [Theory]
    [InlineData("Score", "Justification")]
    [InlineData("rating", "reason")]
    [InlineData("value", "rationale")]
    [InlineData("score", "comment")]
    [InlineData("SCORE", "Explanation")]
    public void Parse_FieldNameVariants_AreRead(string scoreField, string explanationField)
    {
        var result = ParseOne($$$"""{"text_quality": {"{{{explanationField}}}": "a", "{{{scoreField}}}": 4}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"));
    }

    [Fact]
    public void Parse_TrailingCommasAndComments_AreAccepted()
    {
        var result = Parse("""
            {
              // my evaluation
              "text_quality": {"explanation": "a", "score": 4,},
              "helpfulness": {"explanation": "b", "score": 3,},
            }
            """);

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"), new CriterionScore(Help, 3, "b"));
    }

    [Fact]
    public void Parse_PythonStyleSingleQuotes_AreAccepted()
    {
        var result = Parse("""{'text_quality': {'explanation': 'it's clear, "mostly"', 'score': 4}, 'helpfulness': {'explanation': "don't know", 'score': 3}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "it's clear, \"mostly\""), new CriterionScore(Help, 3, "don't know"));
    }

    [Fact]
    public void Parse_BareScoreObjectWithOneExpectedKey_BelongsToIt()
    {
        var result = ParseOne("""{"explanation": "fine", "score": 4}""", Aspect.Helpfulness);

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(Help, 4, "fine"));
    }

    [Fact]
    public void Parse_SingleItemObjectNamingAnotherAspect_IsNotGivenToTheExpectedOne()
    {
        var result = ParseOne("""{"aspect": "perceptual quality", "score": 4, "explanation": "fine"}""");

        AssertProblems(result, new CriterionProblem(TQ, "missing"));
    }

    [Fact]
    public void Parse_SingleItemObjectNamingTheExpectedAspect_IsRead()
    {
        var result = Parse("""{"aspect": "Helpfulness", "score": 4, "explanation": "fine"}""");

        Assert.Equal([new CriterionScore(Help, 4, "fine")], result.Scores);
    }

    [Fact]
    public void Parse_BareScoreObjectWithTwoExpectedKeys_IsNobodys()
    {
        var result = Parse("""{"explanation": "fine", "score": 4}""");

        Assert.Equal(ParseMethod.None, result.Method);
        AssertProblems(result, new CriterionProblem(TQ, "missing"), new CriterionProblem(Help, "missing"));
    }

    [Fact]
    public void Parse_ObjectWithoutScoreField_ReportsMissingScore()
    {
        var result = ParseOne("""{"text_quality": {"explanation": "good"}}""");

        AssertProblems(result, new CriterionProblem(TQ, "missing score"));
    }

    [Fact]
    public void Parse_CutOffAfterCompleteMembers_KeepsOnlyWhatWasComplete()
    {
        var result = Parse("""{"text_quality": {"explanation": "good", "score": 4}, "helpfulness": {"explanation": "It follo""");

        Assert.Equal(ParseMethod.TolerantJson, result.Method);
        Assert.Equal([new CriterionScore(TQ, 4, "good")], result.Scores);
        AssertProblems(result, new CriterionProblem(Help, "missing"));
    }

    [Fact]
    public void Parse_CutOffRightAfterAScoreDigit_DoesNotTrustTheDigit()
    {
        var result = ParseOne("""{"text_quality": {"explanation": "good", "score": 1""");

        AssertProblems(result, new CriterionProblem(TQ, "missing score"));
    }

    [Fact]
    public void Parse_CutOffInsideTheFirstExplanation_IsMissing()
    {
        var result = ParseOne("""{"text_quality": {"explanation": "goo""");

        Assert.Equal(ParseMethod.None, result.Method);
        AssertProblems(result, new CriterionProblem(TQ, "missing"));
    }

    [Fact]
    public void Parse_CutOffJsonButTextElsewhere_TakesTheText()
    {
        var result = ParseOne("Text quality: 4/5\n\n{\"text_quality\": {\"explanation\": \"goo");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, ""));
    }

    [Fact]
    public void Parse_UnexpectedKeys_AreIgnored()
    {
        var result = ParseOne("""{"perceptual_quality": {"score": 9, "explanation": "x"}, "overall": 7, "text_quality": {"score": 4, "explanation": "a"}}""");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"));
    }

    [Fact]
    public void Parse_ThinkingBlockBeforeTheAnswer_IsIgnored()
    {
        var result = ParseOne("<think>Text quality: 2 maybe? {\"text_quality\": 1}</think>\n{\"text_quality\": {\"explanation\": \"a\", \"score\": 4}}");

        AssertScores(result, ParseMethod.TolerantJson, new CriterionScore(TQ, 4, "a"));
    }

    [Fact]
    public void Parse_UnclosedThinkingBlock_IsNotAnAnswer()
    {
        var result = ParseOne("<think>Text quality: 2, or maybe");

        AssertProblems(result, new CriterionProblem(TQ, "missing"));
    }
}
