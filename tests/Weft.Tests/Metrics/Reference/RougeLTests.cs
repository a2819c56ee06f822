using Weft.Metrics.Reference;

namespace Weft.Tests.Metrics.Reference;

public sealed class RougeLTests
{
    [Fact]
    public void Tokenize_Text_LowercasesAndSplitsOnNonAlphanumerics() =>
        Assert.Equal(["hello", "world", "42x", "don", "t", "café"], RougeL.Tokenize("Hello, World! 42x don't Café"));

    [Fact]
    public void F1_OneWordDifferent_IsFiveSixths()
    {
        // LCS of "the cat sat on the mat" and "the cat is on the mat" is "the cat on the mat": P = R = 5/6, F1 = 5/6.
        Assert.Equal(5.0 / 6, RougeL.F1("The cat sat on the mat.", "the cat is on the mat"), 15);
    }

    [Fact]
    public void F1_DifferentLengths_IsHarmonicMean()
    {
        // LCS of "police killed the gunman" and "the gunman was killed by police" is 2 ("the gunman"):
        // P = 2/4, R = 2/6, F1 = 2PR / (P + R) = 0.4.
        Assert.Equal(0.4, RougeL.F1("police killed the gunman", "the gunman was killed by police"), 15);
    }

    [Fact]
    public void F1_Beta_WeighsRecall()
    {
        // P = 1/2, R = 1/3, β = 2: (1 + 4)PR / (R + 4P) = (5/6) / (1/3 + 2) = 5/14.
        Assert.Equal(5.0 / 14, RougeL.F1("police killed the gunman", "the gunman was killed by police", beta: 2), 15);
    }

    [Theory]
    [InlineData("", "the cat")]
    [InlineData("the cat", "")]
    [InlineData("dogs", "the cat")]
    public void F1_NoTokensOrNoCommonToken_IsZero(string hypothesis, string reference) =>
        Assert.Equal(0.0, RougeL.F1(hypothesis, reference));

    [Fact]
    public void F1_Symmetric_WhenBetaIsOne() =>
        Assert.Equal(RougeL.F1("a b c d e", "a c e f"), RougeL.F1("a c e f", "a b c d e"), 15);
}
