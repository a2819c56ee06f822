using Microsoft.Extensions.AI;
using Weft.Metrics;

namespace Weft.Tests.Metrics;

public sealed class TextStatisticsTests
{
    [Fact]
    public void Of_TextBlocks_CountsWordsAndCharactersAcrossBlocks()
    {
        AIContent[] content = [new TextContent("Hello, world —"), new UriContent(new Uri("https://x.example/a.png"), "image/*"), new TextContent("café 🙂")];

        var stats = TextStatistics.Of(content);

        Assert.Equal(3, stats.Words); // "—" and the emoji are not words
        Assert.Equal(14 + 6, stats.Chars); // the emoji is one character, not two UTF-16 units
    }

    [Fact]
    public void Of_RepeatedPhrase_GivesTheShareOfRepeatedTrigrams()
    {
        // Trigrams: (a b c) (b c a) (c a b) (a b c): the last repeats the first.
        var stats = TextStatistics.Of([new TextContent("a b c"), new TextContent("a b c")]);

        Assert.Equal(0.25, stats.Repetition);
    }

    [Fact]
    public void Of_CaseAndPunctuation_DoNotHideRepetition()
    {
        var stats = TextStatistics.Of([new TextContent("The cat sat. the cat, sat")]);

        Assert.Equal(1.0 / 4, stats.Repetition);
    }

    [Fact]
    public void Of_NoRepetition_IsZero()
    {
        Assert.Equal(0, TextStatistics.Of([new TextContent("one two three four five")]).Repetition);
    }

    [Fact]
    public void Of_DegenerateLoop_IsNearOne()
    {
        var text = string.Join(' ', Enumerable.Repeat("very", 100));

        Assert.Equal(97.0 / 98, TextStatistics.Of([new TextContent(text)]).Repetition);
    }

    [Fact]
    public void Of_FewerThanThreeWords_HasNoRepetitionValue()
    {
        var stats = TextStatistics.Of([new TextContent("just two")]);

        Assert.Equal(2, stats.Words);
        Assert.Null(stats.Repetition);
    }
}
