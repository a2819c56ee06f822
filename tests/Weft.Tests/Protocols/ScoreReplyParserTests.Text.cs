using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed partial class ScoreReplyParserTests
{
    [Theory]
    [InlineData("Text quality: 4/5 – clear and fluent", 4, "clear and fluent")]
    [InlineData("Text quality: 4/5 - clear and fluent", 4, "clear and fluent")]
    [InlineData("**Text Quality**: 3", 3, "")]
    [InlineData("**Text Quality:** 3 — repetitive in places.", 3, "repetitive in places.")]
    [InlineData("TQ - 2 out of 5", 2, "")]
    [InlineData("- Text quality: 5. Flawless.", 5, "Flawless.")]
    [InlineData("1. Text Quality (TQ): 1/5 (garbled)", 1, "(garbled)")]
    [InlineData("### Text quality: 0", 0, "")]
    [InlineData("Text quality = 4", 4, "")]
    [InlineData("Text Quality Score: 4/5", 4, "")]
    [InlineData("Text quality: Score 4", 4, "")]
    [InlineData("Text quality: four out of five, clear", 4, "clear")]
    [InlineData("Text quality: 4 out of 5 because it is clear", 4, "because it is clear")]
    [InlineData("Text quality: 4 (out of 5) because it is clear", 4, "because it is clear")]
    [InlineData("Text quality: **4**/5", 4, "")]
    public void Parse_ScoreLine_IsRead(string line, int score, string explanation)
    {
        var result = ParseOne(line);

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, score, explanation));
    }

    [Fact]
    public void Parse_SeveralScoreLines_ReadEachKey()
    {
        var result = Parse("Here is my assessment.\n\nText quality: 4/5 – clear and fluent\nHelpfulness: 3/5 – misses one step\nOverall: 3.5");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "clear and fluent"), new CriterionScore(Help, 3, "misses one step"));
    }

    [Fact]
    public void Parse_ScoreLineWithoutExplanation_TakesTheLinesRightAfter()
    {
        var result = Parse("**Text quality: 4/5**\nThe text is clear\nand fluent.\n\n**Helpfulness: 3/5**\nIt misses one step.");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "The text is clear and fluent."), new CriterionScore(Help, 3, "It misses one step."));
    }

    [Fact]
    public void Parse_ParagraphAfterABlankLine_IsNotTakenAsExplanation()
    {
        var result = Parse("Text quality: 4/5\nHelpfulness: 3/5\n\nNote: the scale is 0-5.");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, ""), new CriterionScore(Help, 3, ""));
    }

    [Theory]
    [InlineData("TQ: 4, Help: 3")]
    [InlineData("Text quality: 4; helpfulness: 3.")]
    [InlineData("Scores: text_quality=4, helpfulness=3")]
    [InlineData("Text quality = 4 and Helpfulness = 3")]
    [InlineData("(TQ: 4/5, Help: 3/5)")]
    public void Parse_SeveralScoresOnOneLine_AreEachRead(string line)
    {
        var result = Parse(line);

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, ""), new CriterionScore(Help, 3, ""));
    }

    [Fact]
    public void Parse_ScoreAloneRightUnderASectionHeading_BelongsToTheSection()
    {
        var result = Parse("### Text quality\n4/5 – clear\n\n**Helpfulness:**\n\n3\nMisses one step.");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "clear"), new CriterionScore(Help, 3, "Misses one step."));
    }

    [Theory]
    [InlineData("### Text quality\n3 sentences are garbled.\nScore: 2")]
    [InlineData("### Text quality\n1. The text is clear.\nScore: 2")]
    [InlineData("### Text quality\n3/4 of the sentences are fine.\nScore: 2")]
    public void Parse_NumberStartingAnExplanationUnderAHeading_IsNotAScore(string reply)
    {
        Assert.Equal(2, ParseOne(reply).Scores.Single().Score);
    }

    [Fact]
    public void Parse_LoneNumberUnderAHeadingThenAnotherScore_IsAConflict()
    {
        var result = ParseOne("### Text quality\n3\nScore: 5");

        AssertProblems(result, new CriterionProblem(TQ, "conflicting scores 3 and 5"));
    }

    [Fact]
    public void Parse_NumberLaterInASection_IsNotAScore()
    {
        var result = ParseOne("### Text quality\nThe text has problems:\n3 sentences are garbled.");

        AssertProblems(result, new CriterionProblem(TQ, "missing"));
    }

    [Fact]
    public void Parse_ConsecutiveScoreLines_DoNotBorrowEachOthersLines()
    {
        var result = Parse("Text quality: 4\nHelpfulness: 3");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, ""), new CriterionScore(Help, 3, ""));
    }

    [Fact]
    public void Parse_ExplanationAfterScoreOnItsOwnLine_StripsItsLabel()
    {
        var result = ParseOne("Text Quality: 4/5\nExplanation: clear and fluent.");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "clear and fluent."));
    }

    [Fact]
    public void Parse_ExplanationThenScoreOnOneLine_IsRead()
    {
        var result = Parse("Text quality: The text is clear. Score: 4\nHelpfulness: Follows the task (rating 3/5).");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "The text is clear"), new CriterionScore(Help, 3, "Follows the task"));
    }

    [Fact]
    public void Parse_SectionsWithScoreLines_BelongToTheirSection()
    {
        var reply = """
            ## 1. Text Quality
            Score: 4
            Explanation: Clear and fluent.

            ## 2. Helpfulness
            **Score:** 3/5
            It misses one step.
            """;

        var result = Parse(reply);

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "Clear and fluent."), new CriterionScore(Help, 3, "It misses one step."));
    }

    [Fact]
    public void Parse_SectionsExplanationFirst_TakeTheLinesBeforeTheScore()
    {
        var reply = """
            **Text quality**
            Explanation: The text is clear
            and fluent.
            Score: 4

            **Helpfulness**
            Misses one step.
            Rating: 3
            """;

        var result = Parse(reply);

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "The text is clear and fluent."), new CriterionScore(Help, 3, "Misses one step."));
    }

    [Fact]
    public void Parse_BareScoreWithOneExpectedKey_BelongsToIt()
    {
        var result = ParseOne("The images look natural.\nScore: 4", Aspect.PerceptualQuality);

        AssertScores(result, ParseMethod.Text, new CriterionScore("perceptual_quality", 4, ""));
    }

    [Fact]
    public void Parse_BareScoreWithSeveralExpectedKeys_IsNobodys()
    {
        var result = Parse("Everything is fine.\nScore: 4");

        Assert.Equal(ParseMethod.None, result.Method);
        AssertProblems(result, new CriterionProblem(TQ, "missing"), new CriterionProblem(Help, "missing"));
    }

    [Fact]
    public void Parse_BareScoreInTheSectionOfAnotherAspect_IsNotGivenToTheExpectedOne()
    {
        var result = ParseOne("### Text quality\nScore: 2\n\n### Helpfulness\nScore: 4", Aspect.Helpfulness);

        AssertScores(result, ParseMethod.Text, new CriterionScore(Help, 4, ""));
    }

    [Fact]
    public void Parse_MarkdownTable_IsRead()
    {
        var reply = """
            | Aspect | Score | Explanation |
            |---|:---:|---|
            | **Text quality** | 4 | Clear and fluent |
            | Helpfulness | 3/5 | Misses a step |
            """;

        var result = Parse(reply);

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "Clear and fluent"), new CriterionScore(Help, 3, "Misses a step"));
    }

    [Fact]
    public void Parse_MarkdownTableWithoutHeader_UsesSecondColumnAsScore()
    {
        var result = Parse("| Text quality | 4 |\n| Helpfulness | 3 |");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, ""), new CriterionScore(Help, 3, ""));
    }

    [Fact]
    public void Parse_MarkdownTableWithScoreLast_FollowsTheHeader()
    {
        var reply = "| Criterion | Explanation | Score (0-5) |\n|---|---|---|\n| Text quality | Clear, 2 typos | 4 |\n| Helpfulness | Fine | 3 |";

        var result = Parse(reply);

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "Clear, 2 typos"), new CriterionScore(Help, 3, "Fine"));
    }

    [Fact]
    public void Parse_MarkdownTableWithWordsForScores_ReportsMissingNotAGuess()
    {
        var result = Parse("| Aspect | Verdict |\n|---|---|\n| Text quality | Good |\n| Helpfulness | Poor |");

        AssertProblems(result, new CriterionProblem(TQ, "missing"), new CriterionProblem(Help, "missing"));
    }

    [Theory]
    [InlineData("Helpfulness: one of the best answers I have seen.")]
    [InlineData("Helpfulness: scored on a 0-5 scale.")]
    [InlineData("Helpfulness: 0-5")]
    [InlineData("Helpfulness: 3-4")]
    [InlineData("Helpfulness is about 4.")]
    [InlineData("The helpfulness: good.")]
    [InlineData("Helpfulness: 4th of the criteria")]
    [InlineData("Helpfulness: 0 to 5")]
    [InlineData("Helpfulness: 0 = useless, 5 = perfect")]
    public void Parse_LineThatOnlyLooksLikeAScore_IsMissing(string line)
    {
        var result = ParseOne(line, Aspect.Helpfulness);

        AssertProblems(result, new CriterionProblem(Help, "missing"));
    }

    [Fact]
    public void Parse_UnicodeLabelsAndExplanations_SurviveIntact()
    {
        var result = Parse("**Text quality**: 4/5 — «Très clair», 文本流畅 ✅\nHelpfulness\u00A0: 3/5 – naïve but useful 👍");

        AssertScores(result, ParseMethod.Text, new CriterionScore(TQ, 4, "«Très clair», 文本流畅 ✅"), new CriterionScore(Help, 3, "naïve but useful 👍"));
    }

    [Fact]
    public void Parse_VeryLongExplanations_AreKeptWhole()
    {
        var longText = string.Join("; ", Enumerable.Repeat("the text is clear, fluent and well organised", 500));
        var json = $$$"""{"text_quality": {"explanation": "{{{longText}}}", "score": 4}}""";

        Assert.Equal(new CriterionScore(TQ, 4, longText), ParseOne(json).Scores.Single());
        Assert.Equal(new CriterionScore(TQ, 4, longText), ParseOne("Text quality: 4/5 - " + longText).Scores.Single());
        Assert.Equal(new CriterionScore(TQ, 4, longText), ParseOne("Text quality: " + longText + " Score: 4").Scores.Single());
    }

    [Fact]
    public void Parse_LongRunsOfPaddingAndMarkup_StillReadTheScore()
    {
        var padding = new string(' ', 100_000);
        var reply = "### Text quality" + padding + "\n" + new string('*', 100_000) + "\nText quality:" + padding + "4" + padding + "\n\nTQ: " + padding + "/x";

        AssertScores(ParseOne(reply), ParseMethod.Text, new CriterionScore(TQ, 4, ""));
    }
}
