using Weft.Meta;

namespace Weft.Tests.Meta;

public sealed class RatingScaleTests
{
    [Theory]
    [InlineData("0-3", 0, 3)]
    [InlineData("1-5", 1, 5)]
    [InlineData("-1-1", -1, 1)]
    [InlineData("0.5-4.5", 0.5, 4.5)]
    public void TryParse_ValidText_Parses(string text, double min, double max)
    {
        Assert.True(RatingScale.TryParse(text, out var scale));
        Assert.Equal(new RatingScale(min, max), scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3-0")]
    [InlineData("3")]
    [InlineData("a-b")]
    public void TryParse_InvalidText_Fails(string text) => Assert.False(RatingScale.TryParse(text, out _));
}
