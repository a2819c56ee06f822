namespace Weft.Analysis;

/// <summary>
/// An unevaluated sum of two doubles (about 32 significant digits), used where a double computation
/// loses digits to cancellation that the final result does not deserve.
/// </summary>
internal readonly record struct DoubleDouble(double Hi, double Lo)
{
    public static implicit operator DoubleDouble(double value) => new(value, 0.0);

    public static DoubleDouble operator -(DoubleDouble x) => new(-x.Hi, -x.Lo);

    public static DoubleDouble operator +(DoubleDouble x, DoubleDouble y)
    {
        var (s, e) = TwoSum(x.Hi, y.Hi);
        var (t, f) = TwoSum(x.Lo, y.Lo);
        (s, e) = QuickTwoSum(s, e + t);
        return Normalize(s, e + f);
    }

    public static DoubleDouble operator -(DoubleDouble x, DoubleDouble y) => x + -y;

    public static DoubleDouble operator *(DoubleDouble x, DoubleDouble y)
    {
        var p = x.Hi * y.Hi;
        var e = Math.FusedMultiplyAdd(x.Hi, y.Hi, -p);
        return Normalize(p, e + (x.Hi * y.Lo) + (x.Lo * y.Hi));
    }

    public static DoubleDouble operator /(DoubleDouble x, DoubleDouble y)
    {
        // Long division: each quotient digit removes about 53 bits of the remainder.
        var q1 = x.Hi / y.Hi;
        var r = x - (y * q1);
        var q2 = r.Hi / y.Hi;
        r -= y * q2;
        var q3 = r.Hi / y.Hi;
        return Normalize(q1, q2) + q3;
    }

    /// <summary>The nearest double.</summary>
    public double ToDouble() => Hi + Lo;

    private static (double Sum, double Error) TwoSum(double a, double b)
    {
        var s = a + b;
        var v = s - a;
        return (s, (a - (s - v)) + (b - v));
    }

    private static (double Sum, double Error) QuickTwoSum(double a, double b)
    {
        var s = a + b;
        return (s, b - (s - a));
    }

    private static DoubleDouble Normalize(double a, double b)
    {
        var (s, e) = QuickTwoSum(a, b);
        return new(s, e);
    }
}
