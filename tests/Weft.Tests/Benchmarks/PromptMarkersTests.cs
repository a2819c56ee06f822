using Weft.Benchmarks;

namespace Weft.Tests.Benchmarks;

public sealed class PromptMarkersTests
{
    [Theory]
    [InlineData("Do this. <BEGIN> Context here <image>", "Do this.", "Context here")]
    [InlineData("<BEGIN> Only the instruction. <image>", "Only the instruction.", "")]
    [InlineData("  <BEGIN>  ", "", "")]
    [InlineData("No marker <image>", "No marker", "")]
    [InlineData("<image> <BEGIN> after an image", "after an image", "")]
    public void TakeInstruction_ByTheBeginRule_SplitsInstructionAndRest(string text, string instruction, string rest)
    {
        Assert.Equal(instruction, PromptMarkers.TakeInstruction(text, out var left));
        Assert.Equal(rest, left);
    }

    [Fact]
    public void Clean_RemovesEveryMarkerAndTrims()
    {
        Assert.Equal("a  b", PromptMarkers.Clean(" <BEGIN>a <image> b<image> "));
    }
}
