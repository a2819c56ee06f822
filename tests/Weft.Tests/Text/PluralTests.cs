using Weft.Text;

namespace Weft.Tests.Text;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "0 outputs")]
    [InlineData(1, "1 output")]
    [InlineData(2, "2 outputs")]
    [InlineData(1200, "1,200 outputs")]
    public void Count_ChoosesTheNumberOfTheNoun(long count, string expected) => Assert.Equal(expected, Plural.Count(count, "output"));

    [Fact]
    public void Count_UsesTheIrregularPluralWhenGiven()
    {
        Assert.Equal("1 battle pair", Plural.Count(1, "battle pair"));
        Assert.Equal("3 analyses", Plural.Count(3, "analysis", "analyses"));
    }
}
