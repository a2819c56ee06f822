using System.Globalization;
using System.Text;
using Weft.Analysis;

namespace Weft.Reports;

/// <summary>How values and user-supplied names appear in human-readable reports (Markdown and plain text).</summary>
internal static class ReportText
{
    /// <summary>Shown for every undefined value; never 0 and never NaN.</summary>
    public const string Undefined = "–";

    /// <summary>A value with two decimals (see <see cref="DisplayRounding"/>), or <see cref="Undefined"/>.</summary>
    public static string Number(double? value)
    {
        return value is { } v ? DisplayRounding.Fixed(v, 2) : Undefined;
    }

    /// <summary>An interval as <c>[lo, hi]</c>, or <see cref="Undefined"/> when either bound is missing.</summary>
    public static string Interval(double? low, double? high) =>
        low is null || high is null ? Undefined : $"[{Number(low)}, {Number(high)}]";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The confidence level as a percentage label, for example "95%".</summary>
    public static string Percent(double level) => (level * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>ISO-8601 in UTC, fractions of a second only when present (for example 2025-03-14T15:09:26Z).</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string Text(string? value) => value ?? Undefined;

    /// <summary>
    /// Makes user text safe inside a Markdown table cell: backslash-escapes the characters that would end the cell or
    /// start markup (<c>\ | ` * [ ] &lt; &gt;</c>) and turns line breaks into <c>&lt;br&gt;</c>.
    /// </summary>
    public static string EscapeMarkdown(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' or '|' or '`' or '*' or '[' or ']' or '<' or '>':
                    builder.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    builder.Append("<br>");
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Keeps user text on one line in a fixed-width table: control characters become visible escapes such as <c>\n</c>.</summary>
    public static string EscapePlain(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
