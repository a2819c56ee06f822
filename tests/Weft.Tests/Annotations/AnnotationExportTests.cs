using Weft.Annotations;
using Weft.Arena;
using Weft.Meta;
using Weft.Protocols;

namespace Weft.Tests.Annotations;

public sealed class AnnotationExportTests
{
    [Fact]
    public void RatingsJsonLines_ScoreAndNotApplicable_ContractFields()
    {
        var text = AnnotationExport.RatingsJsonLines(
        [
            new HumanRating("0007", "strong", "text_quality", "alice", 2, "ok <b>"),
            new HumanRating("0007", "strong", "helpfulness", "alice", null),
        ]);

        Assert.Equal(
            "{\"instance\":\"0007\",\"system\":\"strong\",\"aspect\":\"text_quality\",\"rater\":\"alice\",\"score\":2,\"comment\":\"ok <b>\"}\n" +
            "{\"instance\":\"0007\",\"system\":\"strong\",\"aspect\":\"helpfulness\",\"rater\":\"alice\",\"score\":null}\n",
            text);
    }

    [Fact]
    public void RatingsCsv_CommaQuoteAndNotApplicable_Rfc4180()
    {
        var text = AnnotationExport.RatingsCsv(
        [
            new HumanRating("a,1", "s", "text_quality", "bob", 3, "said \"no\"\nthen yes"),
            new HumanRating("a2", "s", "helpfulness", "bob", null),
        ]);

        Assert.Equal(
            "instance,system,aspect,rater,score,comment\r\n" +
            "\"a,1\",s,text_quality,bob,3,\"said \"\"no\"\"\nthen yes\"\r\n" +
            "a2,s,helpfulness,bob,,\r\n",
            text);
    }

    [Fact]
    public void RatingsCsv_FormulaComment_Neutralised()
    {
        var text = AnnotationExport.RatingsCsv([new HumanRating("a1", "s", "helpfulness", "bob", -1, "=HYPERLINK(\"http://x\")")]);

        Assert.Equal("instance,system,aspect,rater,score,comment\r\na1,s,helpfulness,bob,-1,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n", text);
    }

    [Fact]
    public void VerdictsJsonLines_ShownKnownAndUnknown_ContractFields()
    {
        var text = AnnotationExport.VerdictsJsonLines(
        [
            new PairwiseVerdict("0007", "strong", "weak", PairwiseWinner.TieA, "annotator:alice", ShownOrder.BA),
            new PairwiseVerdict("0008", "strong", "weak", PairwiseWinner.B, "annotator:alice", null, "close"),
        ]);

        Assert.Equal(
            "{\"instance\":\"0007\",\"system_a\":\"strong\",\"system_b\":\"weak\",\"winner\":\"Tie(A)\",\"source\":\"annotator:alice\",\"shown\":\"BA\"}\n" +
            "{\"instance\":\"0008\",\"system_a\":\"strong\",\"system_b\":\"weak\",\"winner\":\"B\",\"source\":\"annotator:alice\",\"comment\":\"close\"}\n",
            text);
    }
}
