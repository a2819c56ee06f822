using Weft.Metrics.Reference;

namespace Weft.Tests.Metrics.Reference;

public sealed class SsimTests
{
    private const double C1 = 0.01 * 255 * 0.01 * 255;

    private static double[] Constant(double value, int width, int height) => Enumerable.Repeat(value, width * height).ToArray();

    // Same patterns as golden/ssim_golden.py.
    private static double[] Pattern(int width, int height, int a, int b, int c) =>
        [.. from r in Enumerable.Range(0, height) from q in Enumerable.Range(0, width) select (double)(((a * r) + (b * q) + c) % 256)];

    [Fact]
    public void Mean_BlackAgainstWhite_IsLuminanceTermOnly()
    {
        // Both constant: σ = 0 everywhere, so SSIM = (2·0·255 + C1) / (0 + 255² + C1) · C2 / C2 = C1 / (255² + C1).
        Assert.Equal(C1 / ((255.0 * 255) + C1), Ssim.Mean(Constant(0, 12, 11), Constant(255, 12, 11), 12, 11), 15);
    }

    [Fact]
    public void Mean_TwoGreys_IsHandValue()
    {
        // (2·100·200 + C1) / (100² + 200² + C1) = 40006.5025 / 50006.5025.
        Assert.Equal(40006.5025 / 50006.5025, Ssim.Mean(Constant(100, 11, 11), Constant(200, 11, 11), 11, 11), 14);
    }

    [Fact]
    public void Mean_SameImage_IsOne()
    {
        var image = Pattern(20, 17, 16, 7, 0);
        Assert.Equal(1.0, Ssim.Mean(image, image, 20, 17), 12);
    }

    [Fact]
    public void Mean_TwoPatterns_MatchesIndependentImplementation()
    {
        var (x, y) = (Pattern(16, 14, 16, 7, 0), Pattern(16, 14, 13, 5, 50));
        var noisy = x.Select((v, i) => v + ((i * 7) % 5 == 0 ? 9 : -4)).ToArray();

        // Values printed by golden/ssim_golden.py (a direct 2-D window implementation).
        Assert.Equal(0.9557698899994972, Ssim.Mean(x, y, 16, 14), 9);
        Assert.Equal(0.9819200206780097, Ssim.Mean(x, noisy, 16, 14), 9);
    }

    [Fact]
    public void Mean_SwappedArguments_IsSame()
    {
        var (x, y) = (Pattern(16, 14, 16, 7, 0), Pattern(16, 14, 3, 11, 9));
        Assert.Equal(Ssim.Mean(x, y, 16, 14), Ssim.Mean(y, x, 16, 14), 14);
    }

    [Fact]
    public void Mean_InvertedImage_StaysWithinBounds()
    {
        var x = Pattern(16, 16, 16, 7, 0);
        var inverted = x.Select(v => 255 - v).ToArray();
        var value = Ssim.Mean(x, inverted, 16, 16);
        Assert.InRange(value, -1, 1);
        Assert.True(value < 0.5, $"an inverted image should be dissimilar, got {value}");
    }

    [Fact]
    public void Mean_ImageSmallerThanWindow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ssim.Mean(Constant(1, 10, 11), Constant(1, 10, 11), 10, 11));
}
