using Weft.Protocols;
using Weft.Protocols.Replies;

namespace Weft.Tests.Protocols.Replies;

public sealed class ScoreTextTests
{
    private static readonly ScoreScale ZeroToFive = new(0, 5);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("5", 5)]
    [InlineData("+3", 3)]
    [InlineData("3.0", 3)]
    [InlineData("3/5", 3)]
    [InlineData("3 / 5", 3)]
    [InlineData("3 out of 5", 3)]
    [InlineData("3 (out of 5)", 3)]
    [InlineData("three", 3)]
    [InlineData("THREE out of five", 3)]
    [InlineData("zero", 0)]
    [InlineData("3.", 3)]
    public void FromString_IntegerInRange_IsValid(string text, int score)
    {
        Assert.Equal(ScoreValue.Valid(score), ScoreText.FromString(text, ZeroToFive));
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("N / A")]
    [InlineData("NA")]
    [InlineData("Not applicable")]
    [InlineData("none")]
    [InlineData("null")]
    public void FromString_NotApplicableSpellings_AreNotApplicable(string text)
    {
        Assert.Equal(ScoreValueKind.NotApplicable, ScoreText.FromString(text, ZeroToFive).Kind);
    }

    [Theory]
    [InlineData("6", "score 6 is outside 0–5")]
    [InlineData("six", "score six is outside 0–5")]
    [InlineData("-0.5", "score -0.5 is not an integer")]
    [InlineData("3/4", "score 3/4 is not on the 0–5 scale")]
    [InlineData("3 out of 10", "score 3 out of 10 is not on the 0–5 scale")]
    [InlineData("2.5/5", "score 2.5/5 is not an integer")]
    [InlineData("4,5", "score \"4,5\" is not a number")]
    [InlineData("3-4", "score \"3-4\" is not a number")]
    [InlineData("about 3", "score \"about 3\" is not a number")]
    [InlineData("", "score \"\" is not a number")]
    public void FromString_Unacceptable_SaysWhy(string text, string problem)
    {
        Assert.Equal(problem, ScoreText.FromString(text, ZeroToFive).Problem);
    }

    [Fact]
    public void FromString_LongNonNumber_IsShortenedInTheProblem()
    {
        var value = ScoreText.FromString(new string('x', 100), ZeroToFive);

        Assert.Equal($"score \"{new string('x', 40)}…\" is not a number", value.Problem);
    }

    [Fact]
    public void FromParts_DenominatorMatchesOtherScale_IsValidThere()
    {
        Assert.Equal(ScoreValue.Valid(8), ScoreText.FromParts("8", "10", "8/10", new ScoreScale(0, 10)));
    }

    [Fact]
    public void FromParts_ScaleNotStartingAtZero_RejectsBelowMinimum()
    {
        Assert.Equal("score 0 is outside 1–10", ScoreText.FromParts("0", null, "0", new ScoreScale(1, 10)).Problem);
    }
}
