using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class LogBetaTests
{
    [Fact]
    public void Of_HalfAndHalf_IsLogPi() =>
        Assert.Equal(Math.Log(Math.PI), LogBeta.Of(0.5, 0.5), 14);

    [Fact]
    public void Of_LargeAndSmallArgument_MatchesGammaRatio()
    {
        // B(a, ½) = √π Γ(a) / Γ(a + ½), and Γ(a) / Γ(a + ½) = 1/√a · (1 + 1/(8a) + 1/(128a²) − …).
        var a = 5e5;
        var expected = (0.5 * Math.Log(Math.PI)) - (0.5 * Math.Log(a)) + MathNet.Numerics.SpecialFunctions.Log1p((1.0 / (8 * a)) + (1.0 / (128 * a * a)));
        Assert.InRange(Math.Abs(LogBeta.Of(a, 0.5) - expected), 0.0, 1e-15 * Math.Abs(expected));
        Assert.Equal(LogBeta.Of(a, 0.5), LogBeta.Of(0.5, a));
    }

    [Fact]
    public void Of_EitherSideOfTheStirlingThreshold_Agree()
    {
        // B(a, 1) = 1/a exactly, so both branches can be checked against the same closed form.
        Assert.InRange(Golden.RelativeError(LogBeta.Of(9.999, 1.0), -Math.Log(9.999)), 0.0, 1e-14);
        Assert.InRange(Golden.RelativeError(LogBeta.Of(10.001, 1.0), -Math.Log(10.001)), 0.0, 1e-14);
    }
}
