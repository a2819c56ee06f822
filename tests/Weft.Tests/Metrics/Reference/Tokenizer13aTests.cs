using Weft.Metrics.Reference;

namespace Weft.Tests.Metrics.Reference;

public sealed class Tokenizer13aTests
{
    [Theory]
    [InlineData("Hello, world!", "Hello|,|world|!")]
    [InlineData("It costs 3.5 or 1,000 dollars.", "It|costs|3.5|or|1,000|dollars|.")]
    [InlineData("don't stop-gap", "don't|stop-gap")]
    [InlineData("pages 5-6", "pages|5|-|6")]
    [InlineData("(x) [y] {z} a/b a:b", "(|x|)|[|y|]|{|z|}|a|/|b|a|:|b")]
    [InlineData("&quot;Hi&quot; &amp; &lt;b&gt;", "\"|Hi|\"|&|<|b|>")]
    [InlineData("Keep Case", "Keep|Case")]
    [InlineData("line one\nline two", "line|one|line|two")]
    [InlineData("hyphen-\nated", "hyphenated")]
    [InlineData("   ", "")]
    public void Tokenize_Text_SplitsLike13a(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Tokenizer13a.Tokenize(text)));
}
