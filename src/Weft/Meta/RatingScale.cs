using System.Globalization;

namespace Weft.Meta;

/// <summary>The declared range of human scores (inclusive); the default is 0–3 as in InterleavedEval's human study.</summary>
/// <param name="Min">Lowest allowed score.</param>
/// <param name="Max">Highest allowed score, greater than <paramref name="Min"/>.</param>
public sealed record RatingScale(double Min, double Max)
{
    /// <summary>The 0–3 scale of the paper's human study.</summary>
    public static RatingScale Default { get; } = new(0, 3);

    /// <summary>True when <paramref name="score"/> lies within the scale.</summary>
    public bool Contains(double score) => score >= Min && score <= Max;

    /// <summary>Parses "MIN-MAX" such as "0-3" or "1-5" (invariant numbers, MIN &lt; MAX, both finite).</summary>
    public static bool TryParse(string? text, out RatingScale scale)
    {
        scale = Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Search for the separator after the first character so that a negative minimum ("-1-1") still parses.
        var dash = text.IndexOf('-', 1);
        if (dash < 0
            || !double.TryParse(text[..dash], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            || !double.TryParse(text[(dash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var max)
            || !double.IsFinite(min) || !double.IsFinite(max) || min >= max)
        {
            return false;
        }

        scale = new RatingScale(min, max);
        return true;
    }

    /// <summary>The scale as "MIN-MAX" with invariant numbers.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");
}
