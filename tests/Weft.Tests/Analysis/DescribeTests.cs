using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class DescribeTests
{
    [Fact]
    public void Sample_KnownValues_MeanDeviationAndError()
    {
        var description = Describe.Sample([2, 4, 4, 4, 5, 5, 7, 9]);
        Assert.Equal(8, description.Count);
        Assert.Equal(5.0, description.Mean);
        Assert.Equal(Math.Sqrt(32.0 / 7.0), description.StandardDeviation!.Value, 15);
        Assert.Equal(Math.Sqrt(32.0 / 7.0) / Math.Sqrt(8.0), description.StandardError!.Value, 15);
    }

    [Fact]
    public void Sample_Empty_OnlyCount() =>
        Assert.Equal(new SampleDescription(0, null, null, null), Describe.Sample([]));

    [Fact]
    public void Sample_OneValue_NoSpread() =>
        Assert.Equal(new SampleDescription(1, 3.0, null, null), Describe.Sample([3.0]));

    [Fact]
    public void Sample_RepeatedInexactValue_ExactMeanAndZeroSpread() =>
        Assert.Equal(new SampleDescription(3, 0.1, 0.0, 0.0), Describe.Sample([0.1, 0.1, 0.1]));

    [Fact]
    public void Sample_IntegerScores_MeanIsCorrectlyRounded()
    {
        // 1 + 2 + 2 = 5 exactly, so the mean must be the double nearest 5/3.
        Assert.Equal(5.0 / 3.0, Describe.Sample([1, 2, 2]).Mean);
    }

    [Fact]
    public void Sample_LargeOffset_DeviationStable()
    {
        var description = Describe.Sample([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
        Assert.Equal(Math.Sqrt(30.0), description.StandardDeviation!.Value, 9);
    }

    [Fact]
    public void Sample_Infinity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Describe.Sample([1.0, double.PositiveInfinity]));
}
