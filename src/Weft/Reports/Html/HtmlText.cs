using System.Globalization;
using System.Net;

namespace Weft.Reports.Html;

/// <summary>Writes text into HTML: everything from data or from a judge goes through <see cref="Encode"/>.</summary>
internal static class HtmlText
{
    /// <summary>HTML-encodes <paramref name="value"/> (<c>&lt; &gt; &amp; " '</c>), safe in element text and in quoted attributes.</summary>
    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>Writes <paramref name="value"/> HTML-encoded.</summary>
    public static void Write(TextWriter writer, string? value) => WebUtility.HtmlEncode(value ?? string.Empty, writer);

    /// <summary>A score with two decimals in invariant culture, or the report's undefined mark.</summary>
    public static string Number(double? value) => ReportText.Number(value);

    /// <summary>A number for an attribute or SVG coordinate, invariant culture, up to three decimals.</summary>
    public static string Coordinate(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A count in invariant culture.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A pale background colour for a mean score on 0..<paramref name="max"/>: red at 0, yellow half way, green at the top.</summary>
    public static string HeatColor(double? mean, double max) => HeatColor(mean, 0, max);

    /// <summary>A pale background colour for a mean score on <paramref name="min"/>..<paramref name="max"/>: red at the bottom, green at the top.</summary>
    public static string HeatColor(double? mean, double min, double max)
    {
        if (mean is not { } m)
        {
            return "transparent";
        }

        var hue = Math.Clamp((m - min) / (max - min), 0, 1) * 120;
        return string.Create(CultureInfo.InvariantCulture, $"hsl({hue:0},65%,82%)");
    }
}
