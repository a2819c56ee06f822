using System.Globalization;

namespace Weft.Text;

/// <summary>A count with its noun in the right number for messages and reports: "1 output", "2 outputs", "1,200 outputs".</summary>
public static class Plural
{
    /// <summary>The count (invariant, with thousands separators) and <paramref name="singular"/> for 1, else <paramref name="plural"/> (default: singular + "s").</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + Noun(count, singular, plural);

    /// <summary>The noun alone, singular for 1 and plural otherwise (default plural: singular + "s").</summary>
    public static string Noun(long count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";
}
