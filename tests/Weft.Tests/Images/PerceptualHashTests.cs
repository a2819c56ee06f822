using Weft.Images;

namespace Weft.Tests.Images;

public sealed class PerceptualHashTests
{
    private static double[] Grid(Func<int, int, double> value) =>
        [.. Enumerable.Range(0, PerceptualHash.Size * PerceptualHash.Size).Select(i => value(i % PerceptualHash.Size, i / PerceptualHash.Size))];

    private static double Pattern(int x, int y) => (100 * Math.Sin(x / 3.0)) + (60 * Math.Cos((x + (2 * y)) / 5.0)) + (y * 2.0);

    [Fact]
    public void Compute_DcBit_IsAlwaysZero()
    {
        Assert.Equal(0UL, PerceptualHash.Compute(Grid(Pattern)) & 1UL);
        Assert.Equal(0UL, PerceptualHash.Compute(Grid((x, y) => -Pattern(x, y))) & 1UL);
    }

    [Fact]
    public void Compute_BrighterOrHigherContrastCopy_HasTheSameHash()
    {
        var hash = PerceptualHash.Compute(Grid(Pattern));

        Assert.Equal(hash, PerceptualHash.Compute(Grid((x, y) => Pattern(x, y) + 40)));
        Assert.Equal(hash, PerceptualHash.Compute(Grid((x, y) => Pattern(x, y) * 1.5)));
    }

    [Fact]
    public void Compute_InvertedImage_DiffersInMostBits()
    {
        var hash = PerceptualHash.Compute(Grid(Pattern));
        var inverted = PerceptualHash.Compute(Grid((x, y) => 255 - Pattern(x, y)));

        Assert.True(ImageAnalyzer.HammingDistance(hash, inverted) > 50);
    }

    [Fact]
    public void Compute_WrongGridSize_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptualHash.Compute(new double[64 * 64]));
    }
}
