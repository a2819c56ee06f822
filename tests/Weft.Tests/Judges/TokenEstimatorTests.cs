using Weft.Judges;

namespace Weft.Tests.Judges;

public sealed class TokenEstimatorTests
{
    // Worked examples of OpenAI's published vision rule (GPT-4o): fit in 2048², short side to 768, 170 per 512-px tile + 85.
    [Theory]
    [InlineData(1024, 1024, 4096, "high", 765)]
    [InlineData(2048, 4096, 4096, "high", 1105)]
    [InlineData(4096, 8192, 4096, "low", 85)]
    [InlineData(512, 512, 4096, "high", 255)]
    [InlineData(2048, 4096, 1024, "auto", 425)]
    public void Image_FollowsTheProviderFormula(int width, int height, int maxSide, string detail, int expected) =>
        Assert.Equal(expected, TokenEstimator.Image(width, height, maxSide, detail));

    [Fact]
    public void Text_CountsWithTheModelTokenizer()
    {
        var estimator = new TokenEstimator("gpt-4o");

        Assert.Equal(4, estimator.Text("Hello, world!"));
    }

    [Fact]
    public void Constructor_UnknownModel_FallsBackToO200k()
    {
        var estimator = new TokenEstimator("llava:13b");

        Assert.True(estimator.Text("Hello, world!") > 0);
    }
}
