using Weft.Protocols.Replies;

namespace Weft.Tests.Protocols.Replies;

public sealed class SingleQuotesTests
{
    [Theory]
    [InlineData("{'a': 'b'}", "{\"a\": \"b\"}")]
    [InlineData("{'a': 'it's \"x\"'}", "{\"a\": \"it's \\\"x\\\"\"}")]
    [InlineData("{'a': 'don\\'t'}", "{\"a\": \"don't\"}")]
    [InlineData("{\"a\": \"it's\", 'b': 1}", "{\"a\": \"it's\", \"b\": 1}")]
    [InlineData("['x', 'y']", "[\"x\", \"y\"]")]
    public void ToDoubleQuotes_PythonStyle_BecomesJson(string text, string json)
    {
        Assert.Equal(json, SingleQuotes.ToDoubleQuotes(text));
    }

    [Fact]
    public void ToDoubleQuotes_ApostropheOutsideAValuePosition_IsLeftAlone()
    {
        Assert.Equal("{\"a\": 1} it's", SingleQuotes.ToDoubleQuotes("{\"a\": 1} it's"));
    }
}
