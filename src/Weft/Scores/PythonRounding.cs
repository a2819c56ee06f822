using System.Numerics;

namespace Weft.Scores;

/// <summary>Rounds as Python's <c>round(x, digits)</c> does: half to even on the exact binary value of the double.</summary>
/// <remarks>
/// round(2.675, 2) is 2.67 in Python because the double nearest 2.675 lies just below it; scaling by 100 in floating
/// point can land exactly on a half and round the other way, so the rounding is done in exact integer arithmetic.
/// </remarks>
internal static class PythonRounding
{
    /// <summary>The double nearest to <paramref name="value"/> rounded half-even to <paramref name="digits"/> (0–15) decimals.</summary>
    public static double Round(double value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 15);
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }

        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // |value| = mantissa · 2^(exponent − 1075) exactly.
        var shift = exponent - 1075;
        var scale = BigInteger.Pow(10, digits);
        if (shift >= 0)
        {
            return value;
        }

        var numerator = mantissa * scale;
        var denominator = BigInteger.One << -shift;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }

        var rounded = (double)quotient / (double)scale;
        return value < 0 ? -rounded : rounded;
    }
}
