using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class IncompleteBetaTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void Evaluate_UniformCase_IsX(double x)
    {
        var (lower, upper) = IncompleteBeta.Evaluate(1.0, 1.0, x, 1.0 - x);
        Assert.InRange(Golden.RelativeError(lower, x), 0.0, 1e-14);
        Assert.InRange(Golden.RelativeError(upper, 1.0 - x), 0.0, 1e-14);
    }

    [Theory]
    [InlineData(3.5, 0.2)]
    [InlineData(3.5, 0.95)]
    public void Evaluate_BEqualsOne_IsPowerOfX(double a, double x) =>
        Assert.InRange(Golden.RelativeError(IncompleteBeta.Evaluate(a, 1.0, x, 1.0 - x).Lower, Math.Pow(x, a)), 0.0, 1e-14);

    [Fact]
    public void Evaluate_SwappedArguments_AreComplements()
    {
        var (lower, upper) = IncompleteBeta.Evaluate(7.0, 2.5, 0.4, 0.6);
        var (swappedLower, swappedUpper) = IncompleteBeta.Evaluate(2.5, 7.0, 0.6, 0.4);
        Assert.Equal(lower, swappedUpper, 15);
        Assert.Equal(upper, swappedLower, 15);
    }

    [Fact]
    public void Evaluate_Endpoints_AreExact()
    {
        Assert.Equal((0.0, 1.0), IncompleteBeta.Evaluate(2.0, 3.0, 0.0, 1.0));
        Assert.Equal((1.0, 0.0), IncompleteBeta.Evaluate(2.0, 3.0, 1.0, 0.0));
    }
}
