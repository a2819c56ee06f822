using Weft.Generation;

namespace Weft.Tests.Generation;

public sealed class EndpointReplyParserTests
{
    private const string Data = "data:image/png;base64,iVBORw0KGgo=";

    [Fact]
    public void Parse_MarkdownImagesBetweenText_KeepsTheOrder()
    {
        var parts = EndpointReplyParser.Parse($"Step one.\n![first]({Data})\nStep two.\n![second](https://example.org/b.png \"title\")\nDone.");

        Assert.Equal(
            [new EndpointPart("Step one.", null), new EndpointPart(null, Data), new EndpointPart("Step two.", null), new EndpointPart(null, "https://example.org/b.png"), new EndpointPart("Done.", null)],
            parts);
    }

    [Fact]
    public void Parse_BareDataUri_IsAnImage()
    {
        var parts = EndpointReplyParser.Parse($"Look: {Data} nice");

        Assert.Equal([new EndpointPart("Look:", null), new EndpointPart(null, Data), new EndpointPart("nice", null)], parts);
    }

    [Fact]
    public void Parse_ContentPartsArray_ReadsTextAndImageUrlParts()
    {
        var parts = EndpointReplyParser.Parse("""[{"type":"text","text":"A cat."},{"type":"image_url","image_url":{"url":""" + "\"" + Data + "\"}}]");

        Assert.Equal([new EndpointPart("A cat.", null), new EndpointPart(null, Data)], parts);
    }

    [Fact]
    public void Parse_PlainText_IsOneTextPart()
    {
        Assert.Equal([new EndpointPart("[not json] just words", null)], EndpointReplyParser.Parse("[not json] just words"));
    }
}
