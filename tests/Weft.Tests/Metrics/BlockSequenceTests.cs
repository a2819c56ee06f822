using Microsoft.Extensions.AI;
using Weft.Metrics;

namespace Weft.Tests.Metrics;

public sealed class BlockSequenceTests
{
    private static readonly UriContent Image = new(new Uri("https://images.example/a.png"), "image/*");

    [Fact]
    public void Of_ConsecutiveTexts_MergeIntoOneAndBlankTextIsIgnored()
    {
        AIContent[] content = [new TextContent("a"), new TextContent("b"), Image, new TextContent("  "), Image, new TextContent("c")];

        Assert.Equal("TIIT", BlockSequence.Of(content));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("TITI", "TITI", 0)]
    [InlineData("TITI", "TIT", 1)]
    [InlineData("TI", "IT", 2)]
    [InlineData("", "TIT", 3)]
    [InlineData("TITIT", "TIIT", 1)]
    [InlineData("TITIT", "ITI", 2)]
    public void Levenshtein_Examples(string first, string second, int expected)
    {
        Assert.Equal(expected, BlockSequence.Levenshtein(first, second));
        Assert.Equal(expected, BlockSequence.Levenshtein(second, first));
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("TITI", "TITI", 1.0)]
    [InlineData("TITI", "TIT", 0.75)]
    [InlineData("T", "I", 0.0)]
    public void Similarity_Examples(string first, string second, double expected)
    {
        Assert.Equal(expected, BlockSequence.Similarity(first, second), precision: 12);
    }
}
