using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Weft.Protocols.Replies;

/// <summary>Turns the ways judges write a score ("4", "4/5", "4 out of 5", "4 (out of 5)", "four", 4.0, "N/A") into a <see cref="ScoreValue"/>.</summary>
/// <remarks>
/// Number words zero..ten are accepted only where the place is unambiguously a score (a JSON score field, a table's
/// score cell) or, in prose, when followed by a denominator ("four out of five"): "Helpfulness: one of the best"
/// must never become a 1.
/// </remarks>
internal static partial class ScoreText
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Reads a JSON value in a score's place.</summary>
    public static ScoreValue FromJson(JsonElement value, ScoreScale scale) => value.ValueKind switch
    {
        JsonValueKind.Number => FromNumber(value, scale),
        JsonValueKind.String => FromString(value.GetString() ?? "", scale),
        JsonValueKind.Null => ScoreValue.NotApplicable(),
        _ => ScoreValue.NotNumeric(value.GetRawText()),
    };

    /// <summary>Reads a whole string that should be nothing but a score.</summary>
    public static ScoreValue FromString(string text, ScoreScale scale)
    {
        var trimmed = text.Trim();
        if (NotApplicablePattern().IsMatch(trimmed))
        {
            return ScoreValue.NotApplicable();
        }

        var match = WholeScorePattern().Match(trimmed);
        return match.Success
            ? FromParts(match.Groups["num"].Value, match.Groups["den"].Success ? match.Groups["den"].Value : null, trimmed, scale)
            : ScoreValue.NotNumeric(trimmed);
    }

    /// <summary>Reads a numerator (digits or a number word) and an optional denominator, as written in <paramref name="raw"/>.</summary>
    public static ScoreValue FromParts(string numerator, string? denominator, string raw, ScoreScale scale)
    {
        if (denominator is not null && !IsMaximum(denominator, scale))
        {
            return ScoreValue.Invalid(raw, $"score {raw} is not on the {scale.Range} scale");
        }

        if (!TryNumber(numerator, out var number))
        {
            return ScoreValue.Invalid(raw, $"score {raw} is outside {scale.Range}");
        }

        return Check(number, raw, scale);
    }

    /// <summary>True when a written denominator ("5", "five") is the scale's maximum.</summary>
    public static bool IsMaximum(string denominator, ScoreScale scale) => TryNumber(denominator, out var number) && number == scale.Max;

    private static ScoreValue FromNumber(JsonElement value, ScoreScale scale)
    {
        var raw = value.GetRawText();
        return value.TryGetDecimal(out var number) ? Check(number, raw, scale) : ScoreValue.Invalid(raw, $"score {raw} is outside {scale.Range}");
    }

    private static ScoreValue Check(decimal number, string raw, ScoreScale scale)
    {
        if (number != decimal.Truncate(number))
        {
            return ScoreValue.Invalid(raw, $"score {raw} is not an integer");
        }

        return scale.Contains(number)
            ? ScoreValue.Valid((int)number)
            : ScoreValue.Invalid(raw, $"score {raw} is outside {scale.Range}");
    }

    private static bool TryNumber(string text, out decimal number)
    {
        var word = Array.FindIndex(Words, w => w.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (word >= 0)
        {
            number = word;
            return true;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^(?:n\s*/\s*a|na|not\s+applicable|none|null)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotApplicablePattern();

    [GeneratedRegex(
        @"^(?<num>[+-]?\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:/|\(?\s*out\s+of)\s*(?<den>\d+(?:\.\d+)?|five|ten)\)?)?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WholeScorePattern();
}
