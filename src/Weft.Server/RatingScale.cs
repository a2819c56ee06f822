using System.Globalization;

namespace Weft.Server;

/// <summary>The integer scale human ratings are given on, inclusive at both ends (default 0–3, the paper's human study).</summary>
/// <param name="Min">Lowest score, 0 or more.</param>
/// <param name="Max">Highest score, above <paramref name="Min"/> and at most 9 so that one number key sets any score.</param>
public sealed record RatingScale(int Min, int Max)
{
    /// <summary>The default scale, 0–3.</summary>
    public static RatingScale Default { get; } = new(0, 3);

    /// <summary>Whether <paramref name="score"/> is on this scale.</summary>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>
    /// The word for <paramref name="score"/> shown in the legend, in the judge prompt's vocabulary: every point of a scale of
    /// up to six points (e.g. 0–3: poor, fair, good, excellent), only the ends of a longer one; null for a point without a word.
    /// </summary>
    public string? Label(int score)
    {
        var words = (Max - Min + 1) switch
        {
            2 => ["poor", "good"],
            3 => ["poor", "fair", "good"],
            4 => ["poor", "fair", "good", "excellent"],
            5 => ["very poor", "poor", "fair", "good", "excellent"],
            6 => ["fails completely", "very poor", "poor", "fair", "good", "excellent"],
            _ => (string?[]?)null,
        };
        return !Contains(score) ? null
            : words is not null ? words[score - Min]
            : score == Min ? "fails completely"
            : score == Max ? "excellent"
            : null;
    }

    /// <summary>The scale as written on the command line, e.g. <c>0-3</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");

    /// <summary>Parses <c>MIN-MAX</c> (digits 0–9, MIN below MAX); null when <paramref name="text"/> is not such a scale.</summary>
    public static RatingScale? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            && min < max && max <= 9
            ? new RatingScale(min, max)
            : null;
    }
}
