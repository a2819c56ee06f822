using Weft.Protocols;
using Weft.Protocols.Replies;

namespace Weft.Tests.Protocols.Replies;

public sealed class KeyResolverTests
{
    private static readonly KeyResolver Two = new(["text_quality", "helpfulness"], MatchAspect);

    private static string? MatchAspect(string label) => Aspects.TryParse(label, out var aspect) ? Aspects.Key(aspect) : null;

    [Theory]
    [InlineData("text_quality", "text_quality")]
    [InlineData("**Text Quality**", "text_quality")]
    [InlineData("`TQ`", "text_quality")]
    [InlineData("Text quality (TQ)", "text_quality")]
    [InlineData("TQ (text quality)", "text_quality")]
    [InlineData("Quality of text (TQ)", "text_quality")]
    [InlineData("'Helpfulness'", "helpfulness")]
    public void Resolve_LabelOfAnExpectedKey_GivesTheKey(string label, string key)
    {
        Assert.Equal(key, Two.Resolve(label));
    }

    [Theory]
    [InlineData("Perceptual quality")]
    [InlineData("Overall")]
    [InlineData("")]
    public void Resolve_LabelOfNoExpectedKey_IsNull(string label)
    {
        Assert.Null(Two.Resolve(label));
    }

    [Fact]
    public void Known_LabelOfAnUnexpectedAspect_StillNamesIt()
    {
        Assert.Equal("perceptual_quality", Two.Known("### Perceptual Quality"));
    }

    [Theory]
    [InlineData("Score", true)]
    [InlineData("**Final Score**", true)]
    [InlineData("Overall rating", true)]
    [InlineData("Score (0-5)", true)]
    [InlineData("Scores", false)]
    [InlineData("Text quality", false)]
    public void IsGenericScoreLabel_RecognisesScoreWords(string label, bool generic)
    {
        Assert.Equal(generic, KeyResolver.IsGenericScoreLabel(label));
    }

    [Fact]
    public void Single_OneExpectedKey_IsThatKey()
    {
        Assert.Equal("helpfulness", new KeyResolver(["helpfulness"], MatchAspect).Single);
        Assert.Null(Two.Single);
    }
}
