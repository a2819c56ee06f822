using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class DoubleDoubleTests
{
    [Fact]
    public void Add_TinyToOne_KeepsTheTinyPart()
    {
        var sum = (DoubleDouble)1.0 + 1e-20;
        Assert.Equal(1e-20, (sum - 1.0).ToDouble());
    }

    [Fact]
    public void Multiply_ProductOfDoubles_IsExact()
    {
        // (1 + 2^-30)² = 1 + 2^-29 + 2^-60 needs more than 53 bits.
        DoubleDouble x = 1.0 + Math.Pow(2, -30);
        var square = x * x;
        Assert.Equal(Math.Pow(2, -60), (square - (1.0 + Math.Pow(2, -29))).ToDouble());
    }

    [Fact]
    public void Divide_OneThirdTimesThree_IsOneBeyondDoublePrecision()
    {
        var third = (DoubleDouble)1.0 / 3.0;
        Assert.InRange(Math.Abs(((third * 3.0) - 1.0).ToDouble()), 0.0, 1e-31);
        Assert.NotEqual(0.0, third.Lo);
    }
}
