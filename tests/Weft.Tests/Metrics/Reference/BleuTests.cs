using Weft.Metrics.Reference;

namespace Weft.Tests.Metrics.Reference;

public sealed class BleuTests
{
    [Fact]
    public void Sentence_SameText_IsOne() =>
        Assert.Equal(1.0, Bleu.Sentence("The cat sat on the mat.", "The cat sat on the mat."), 12);

    [Fact]
    public void Sentence_NothingInCommon_IsZero() =>
        Assert.Equal(0.0, Bleu.Sentence("dogs bark loudly", "The cat sat on the mat."));

    [Fact]
    public void Sentence_EmptyHypothesis_IsZero() =>
        Assert.Equal(0.0, Bleu.Sentence(string.Empty, "The cat sat."));

    [Fact]
    public void Sentence_ShortPrefix_UsesEffectiveOrderAndBrevityPenalty()
    {
        // "the cat" vs "the cat sat on the mat": 1-grams 2/2, 2-grams 1/1, no 3- or 4-grams in the hypothesis, so the
        // effective order is 2 and the geometric mean is 1; brevity penalty exp(1 - 6/2) = e^-2 = 0.1353352832366127.
        Assert.Equal(0.1353352832366127, Bleu.Sentence("the cat", "the cat sat on the mat"), 15);
    }

    [Fact]
    public void Sentence_ShortPrefixWithoutEffectiveOrder_IsZero() =>
        Assert.Equal(0.0, Bleu.Sentence("the cat", "the cat sat on the mat", effectiveOrder: false));

    // "a b c d" vs "a b d c": matches 4/4, 1/3 ("a b"), 0/2, 0/1; same length so no brevity penalty.
    [Theory]
    [InlineData("Exp", 0.37991784282579627)] // (1 · 1/3 · 1/(2·2) · 1/(4·1))^(1/4) = (1/48)^(1/4)
    [InlineData("Floor", 0.20205155046766235)] // (1 · 1/3 · 0.1/2 · 0.1/1)^(1/4) = (1/600)^(1/4)
    [InlineData("AddK", 0.537284965911771)] // (1 · 2/4 · 1/3 · 1/2)^(1/4) = (1/12)^(1/4)
    [InlineData("None", 0.0)]
    public void Sentence_MissingHigherOrders_SmoothsAsChosen(string smoothing, double expected) =>
        Assert.Equal(expected, Bleu.Sentence("a b c d", "a b d c", Enum.Parse<BleuSmoothing>(smoothing)), 14);

    [Fact]
    public void Sentence_RepeatedWords_AreClippedToReferenceCounts()
    {
        // "the the the the" vs "the cat": 1-gram matches clipped to 1 of 4, no 2-gram match (exp: 1/(2·3)), and with the
        // 3- and 4-grams: 1/(4·2), 1/(8·1). Geometric mean (1/4 · 1/6 · 1/8 · 1/8)^(1/4) = (1/1536)^(1/4); BP = 1.
        Assert.Equal(Math.Pow(1.0 / 1536, 0.25), Bleu.Sentence("the the the the", "the cat"), 14);
    }

    [Fact]
    public void Sentence_Case_MattersByDefault() =>
        Assert.True(Bleu.Sentence("The Cat", "the cat") < Bleu.Sentence("the cat", "the cat"));
}
