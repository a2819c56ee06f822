using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.05, 0.5)]
    [InlineData(0.5, 5.0)]
    [InlineData(0.975, 9.75)]
    [InlineData(1.0, 10.0)]
    public void OfSorted_ZeroToTen_InterpolatesLikeNumpy(double p, double expected)
    {
        double[] sorted = [.. Enumerable.Range(0, 11).Select(i => (double)i)];

        Assert.Equal(expected, Percentiles.OfSorted(sorted, p), 12);
    }

    [Fact]
    public void OfSorted_OneValue_IsThatValue() => Assert.Equal(3.5, Percentiles.OfSorted([3.5], 0.025));
}
