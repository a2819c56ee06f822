using System.Globalization;

namespace Weft.Analysis;

/// <summary>
/// The one rounding rule of every human-readable report (console tables, Markdown, LaTeX, HTML, the web app): the value
/// to 15 significant digits, then half away from zero, so 2.125 is 2.13 and -2.125 is -2.13 in every format.
/// </summary>
/// <remarks>
/// Rounding the 15-digit decimal value, not the exact binary one, is what a reader checking by hand expects: a mean
/// computed as 2.1249999999999996 is shown as 2.13, as a spreadsheet shows it. CSV and JSON keep the unrounded value.
/// OpenING's own summary rule (Python's <c>round</c>, half to even on the binary value) is a protocol rule that
/// changes the numbers ranked, not a display rule, and stays in <c>PythonRounding</c>.
/// </remarks>
public static class DisplayRounding
{
    // Beyond this a double has no digits after the point worth rounding and may not fit a decimal.
    private const double Largest = 1e15;

    /// <summary>The value with exactly <paramref name="decimals"/> digits after the point (0 to 10), never "-0.00".</summary>
    public static string Fixed(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(value) || Math.Abs(value) >= Largest)
        {
            return value.ToString(format, CultureInfo.InvariantCulture);
        }

        var shown = decimal.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var rounded = Math.Round(shown, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0m ? 0m : rounded).ToString(format, CultureInfo.InvariantCulture);
    }
}
