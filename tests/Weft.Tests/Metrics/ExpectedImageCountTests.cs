using Weft.Metrics;

namespace Weft.Tests.Metrics;

public sealed class ExpectedImageCountTests
{
    [Theory]
    [InlineData("Write a story in 3 steps with an image for each step.", 3)]
    [InlineData("Generate 4 images of a sunset over the sea.", 4)]
    [InlineData("Create five pictures showing the seasons.", 5)]
    [InlineData("Draw two illustrations for the poem.", 2)]
    [InlineData("Explain how to bake bread in 6 steps, each with an image.", 6)]
    [InlineData("Provide 3 high-quality photos of the product.", 3)]
    [InlineData("Describe four steps and add one picture per step.", 4)]
    [InlineData("Show it in 5 simple steps, each step accompanied by an illustration.", 5)]
    [InlineData("Produce Twelve images for a calendar.", 12)]
    [InlineData("Make a 3-image comic about a cat.", 3)]
    [InlineData("Generate 2 images, one of a cat and one of a dog.", 2)]
    [InlineData("Design one poster image.", 1)]
    [InlineData("Give me 4 images; the 4 images should share a style.", 4)]
    [InlineData("Teach it in 6 steps, each with one image.", 6)]
    [InlineData("Generate 4 images, each in a different style.", 4)]
    public void FromInstruction_PlainCount_ReturnsIt(string instruction, int expected)
    {
        Assert.Equal(expected, ExpectedImageCount.FromInstruction(instruction));
    }

    [Theory]
    [InlineData("Tell me what happened in 2024.")]
    [InlineData("Explain step 3 of the process.")]
    [InlineData("Explain how to plant a tree in 5 steps.")]
    [InlineData("Look at the 3 images above and describe them.")]
    [InlineData("Compare two of the images.")]
    [InlineData("Generate 3 images and then 4 images.")]
    [InlineData("Write 3 paragraphs with an image.")]
    [InlineData("Draw an image of 2 cats.")]
    [InlineData("Generate 2 or 3 images of a forest.")]
    [InlineData("Create up to 4 pictures.")]
    [InlineData("Generate 1,000 images.")]
    [InlineData("Generate 30 images.")]
    [InlineData("Image 2 shows a dog; continue the story.")]
    [InlineData("Someone once painted pictures here.")]
    [InlineData("For each of the 3 scenes, generate 2 images.")]
    [InlineData("Generate 2 images for each character.")]
    [InlineData("")]
    public void FromInstruction_NoPlainCount_ReturnsNull(string instruction)
    {
        Assert.Null(ExpectedImageCount.FromInstruction(instruction));
    }
}
