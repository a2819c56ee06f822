using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(0.5, 0.57236494292470008707)]  // ln √π
    [InlineData(10.0, 12.801827480081469611)]  // ln 9!
    [InlineData(100.0, 359.13420536957539878)] // ln 99!
    [InlineData(1e-3, 6.9071788853838536)]
    public void LogGamma_KnownValues(double x, double expected) =>
        Assert.InRange(Math.Abs(SpecialFunctions.LogGamma(x) - expected), 0.0, 1e-14 * Math.Max(1.0, Math.Abs(expected)));

    [Fact]
    public void LogBeta_HalfAndHalf_IsLogPi() =>
        Assert.Equal(Math.Log(Math.PI), SpecialFunctions.LogBeta(0.5, 0.5), 14);

    [Fact]
    public void LogBeta_LargeAndSmallArgument_MatchesGammaRatio()
    {
        // B(a, ½) = √π Γ(a) / Γ(a + ½), and Γ(a) / Γ(a + ½) = 1/√a · (1 + 1/(8a) + 1/(128a²) − …).
        var a = 5e5;
        var expected = (0.5 * Math.Log(Math.PI)) - (0.5 * Math.Log(a)) + SpecialFunctions.LogOnePlus((1.0 / (8 * a)) + (1.0 / (128 * a * a)));
        Assert.InRange(Math.Abs(SpecialFunctions.LogBeta(a, 0.5) - expected), 0.0, 1e-15 * Math.Abs(expected));
        Assert.Equal(SpecialFunctions.LogBeta(a, 0.5), SpecialFunctions.LogBeta(0.5, a));
    }

    [Fact]
    public void LogOnePlus_TinyArgument_KeepsDigits() =>
        Assert.InRange(Golden.RelativeError(SpecialFunctions.LogOnePlus(1e-10), 1e-10 - 5e-21), 0.0, 1e-15);

    [Fact]
    public void LogOnePlus_Infinity_IsInfinity() =>
        Assert.Equal(double.PositiveInfinity, SpecialFunctions.LogOnePlus(double.PositiveInfinity));
}
