namespace Weft.Analysis;

/// <summary>Logarithms of the gamma and beta functions, accurate to a few ulps for positive arguments.</summary>
internal static class SpecialFunctions
{
    private const double HalfLogTwoPi = 0.91893853320467274178032973640562;

    // Below this the Stirling series is not accurate enough, so arguments are shifted up by recurrence.
    private const double StirlingThreshold = 10.0;

    /// <summary>ln(1 + x) without losing digits when x is small; x must be greater than -1.</summary>
    public static double LogOnePlus(double x)
    {
        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        var u = 1.0 + x;

        // Kahan's trick: the rounding error of 1 + x cancels in the ratio x / (u - 1).
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x >= StirlingThreshold)
        {
            return Stirling(x);
        }

        var product = 1.0;
        while (x < StirlingThreshold)
        {
            product *= x;
            x += 1.0;
        }

        return Stirling(x) - Math.Log(product);
    }

    /// <summary>ln B(a, b) for a, b &gt; 0, keeping full precision when one argument is large and the other small.</summary>
    public static double LogBeta(double a, double b)
    {
        var small = Math.Min(a, b);
        var large = Math.Max(a, b);
        if (large < StirlingThreshold)
        {
            return LogGamma(small) + LogGamma(large) - LogGamma(small + large);
        }

        return LogGamma(small) + LogGammaRatio(large, small);
    }

    /// <summary>ln Γ(a) − ln Γ(a + b) for a ≥ 10 and b &gt; 0, without the cancellation of two large logarithms.</summary>
    private static double LogGammaRatio(double a, double b)
    {
        // Subtracting the two Stirling forms symbolically leaves only terms of the size of b.
        return (-(a - 0.5) * LogOnePlus(b / a)) - (b * Math.Log(a + b)) + b + StirlingSeries(a) - StirlingSeries(a + b);
    }

    private static double Stirling(double x) => ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + StirlingSeries(x);

    /// <summary>The Bernoulli-number tail of Stirling's series; truncation error below 1e-17 for x ≥ 10.</summary>
    private static double StirlingSeries(double x)
    {
        var r = 1.0 / x;
        var r2 = r * r;
        return r * ((1.0 / 12.0) + (r2 * ((-1.0 / 360.0) + (r2 * ((1.0 / 1260.0) + (r2 * ((-1.0 / 1680.0)
            + (r2 * ((1.0 / 1188.0) + (r2 * ((-691.0 / 360360.0) + (r2 * ((1.0 / 156.0) + (r2 * (-3617.0 / 122400.0)))))))))))))));
    }
}
