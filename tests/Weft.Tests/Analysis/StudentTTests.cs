using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class StudentTTests
{
    private const double Tolerance = 1e-10;

    [Fact]
    public void Quantile_ScipyGolden_MatchesToOneInTenBillion()
    {
        var failures = new List<string>();
        var cases = Golden.Read("student_t.json", "quantiles");
        foreach (var c in cases.EnumerateArray())
        {
            double df = c.GetProperty("df").GetDouble(), p = c.GetProperty("p").GetDouble(), t = c.GetProperty("t").GetDouble();
            var actual = StudentT.Quantile(p, df);
            if (Golden.RelativeError(actual, t) > Tolerance)
            {
                failures.Add($"df={df} p={p}: expected {t:R}, got {actual:R}");
            }
        }

        Assert.True(cases.GetArrayLength() >= 45, "the golden grid is incomplete");
        Assert.Empty(failures);
    }

    [Fact]
    public void Cdf_ScipyGolden_MatchesToOneInTenBillion()
    {
        var failures = new List<string>();
        foreach (var c in Golden.Read("student_t.json", "cdf").EnumerateArray())
        {
            double df = c.GetProperty("df").GetDouble(), t = c.GetProperty("t").GetDouble(), cdf = c.GetProperty("cdf").GetDouble();
            var actual = StudentT.Cdf(t, df);
            if (Golden.RelativeError(actual, cdf) > Tolerance)
            {
                failures.Add($"df={df} t={t:R}: expected {cdf:R}, got {actual:R}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.7)]
    [InlineData(4.0)]
    [InlineData(56.0)]
    [InlineData(3000.0)]
    [InlineData(250000.0)]
    [InlineData(1000000.0)]
    public void Quantile_ThenCdf_ReturnsTheProbability(double df)
    {
        foreach (var p in new[] { 1e-6, 1e-4, 0.01, 0.2, 0.4, 0.6, 0.9, 0.999, 1 - 1e-6 })
        {
            var t = StudentT.Quantile(p, df);
            var tail = p < 0.5 ? StudentT.Cdf(t, df) : 1.0 - StudentT.Cdf(t, df);
            Assert.InRange(Golden.RelativeError(tail, Math.Min(p, 1.0 - p)), 0.0, 1e-10);
        }
    }

    [Theory]
    [InlineData(0.975, 3.0)]
    [InlineData(0.9995, 1.0)]
    [InlineData(0.7, 12.5)]
    public void Quantile_LowerTail_IsMinusUpperTail(double p, double df) =>
        Assert.Equal(-StudentT.Quantile(p, df), StudentT.Quantile(1.0 - p, df));

    [Fact]
    public void Quantile_Half_IsZero() => Assert.Equal(0.0, StudentT.Quantile(0.5, 9.0));

    [Fact]
    public void Quantile_CauchyQuartile_IsOne() => Assert.Equal(1.0, StudentT.Quantile(0.75, 1.0), 15);

    [Fact]
    public void Quantile_JustAboveHalf_KeepsRelativePrecision()
    {
        // Near the centre t ≈ (p − ½) / f(0), and for df = 3, f(0) = 2 / (π√3); the cubic term is below 1e-24 here.
        var p = 0.5 + 1e-12;
        var expected = (p - 0.5) * Math.PI * Math.Sqrt(3.0) / 2.0;
        Assert.InRange(Golden.RelativeError(StudentT.Quantile(p, 3.0), expected), 0.0, 1e-12);
    }

    [Fact]
    public void Cdf_Infinities_AreZeroAndOne()
    {
        Assert.Equal(0.0, StudentT.Cdf(double.NegativeInfinity, 5.0));
        Assert.Equal(1.0, StudentT.Cdf(double.PositiveInfinity, 5.0));
    }

    [Theory]
    [InlineData(0.0, 5.0)]
    [InlineData(1.0, 5.0)]
    [InlineData(double.NaN, 5.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.5, -1.0)]
    [InlineData(0.5, double.NaN)]
    [InlineData(0.5, double.PositiveInfinity)]
    public void Quantile_OutsideDomain_Throws(double p, double df) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(p, df));
}
