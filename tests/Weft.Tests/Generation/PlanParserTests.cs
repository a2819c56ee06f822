using Weft.Generation;

namespace Weft.Tests.Generation;

public sealed class PlanParserTests
{
    [Theory]
    [InlineData("""{"blocks":[{"type":"text","content":"Hello."},{"type":"image","content":"a cat"}]}""")]
    [InlineData("Sure! Here it is:\n```json\n{\"blocks\":[{\"type\":\"text\",\"content\":\"Hello.\"},{\"type\":\"image\",\"content\":\"a cat\"}]}\n```")]
    [InlineData("""{"plan":{"blocks":[{"type":"TEXT","content":"Hello."},{"type":"image_prompt","content":"a cat"}]}}""")]
    [InlineData("""[{"text":"Hello."},{"image":"a cat"}]""")]
    [InlineData("""{"steps":[{"kind":"text","text":"Hello."},{"kind":"image","prompt":"a cat"}]}""")]
    public void Parse_AcceptedShapes_GiveTextThenImage(string reply)
    {
        var result = PlanParser.Parse(reply);

        Assert.Null(result.Problem);
        Assert.Equal([new PlanBlock(PlanBlockKind.Text, "Hello."), new PlanBlock(PlanBlockKind.Image, "a cat")], result.Plan!.Blocks);
    }

    [Theory]
    [InlineData("I would write some text and then draw a cat.", "no JSON object")]
    [InlineData("""{"blocks":[]}""", "the plan is empty")]
    [InlineData("""{"blocks":[{"type":"text","content":"ok"},{"type":"video","content":"a clip"}]}""", "blocks/1: unknown type \"video\"")]
    [InlineData("""{"blocks":[{"type":"image","content":"  "}]}""", "blocks/0: blank \"content\"")]
    [InlineData("""{"blocks":[{"type":"image"}]}""", "blocks/0: missing \"content\"")]
    [InlineData("""{"answer_text":"hello"}""", "no \"blocks\" array")]
    public void Parse_UnusableReply_SaysWhy(string reply, string expected)
    {
        var result = PlanParser.Parse(reply);

        Assert.Null(result.Plan);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FirstCandidateUnusable_TakesALaterOne()
    {
        var result = PlanParser.Parse("""Draft: {"note": 1} Final: {"blocks":[{"type":"image","content":"a cat"}]}""");

        Assert.Equal(1, result.Plan!.ImageCount);
    }
}
