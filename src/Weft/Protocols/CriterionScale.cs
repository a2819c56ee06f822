namespace Weft.Protocols;

/// <summary>The answers a criterion allows: integer scores from <paramref name="Min"/> to <paramref name="Max"/> in steps of <paramref name="Step"/>, or a list of labels.</summary>
/// <param name="Min">The lowest score (for labels, the lowest label value).</param>
/// <param name="Max">The highest score (for labels, the highest label value).</param>
/// <param name="Step">Distance between allowed scores (1 or more); 1 for labels.</param>
/// <param name="Labels">The allowed labels, or empty for a numeric scale.</param>
public sealed record CriterionScale(int Min, int Max, int Step, IReadOnlyList<CriterionLabel> Labels)
{
    /// <summary>A numeric scale with step 1.</summary>
    public static CriterionScale Range(int min, int max) => new(min, max, 1, []);

    /// <summary>A label scale; its range spans the label values.</summary>
    public static CriterionScale Of(IReadOnlyList<CriterionLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Count == 0 ? throw new ArgumentException("A label scale needs at least one label.", nameof(labels))
            : new(labels.Min(l => l.Value), labels.Max(l => l.Value), 1, labels);
    }

    /// <summary>True when answers are labels rather than scores.</summary>
    public bool HasLabels => Labels.Count > 0;

    /// <summary>Whether <paramref name="score"/> is an allowed answer.</summary>
    public bool Allows(int score) => HasLabels ? Labels.Any(l => l.Value == score) : score >= Min && score <= Max && (score - Min) % Step == 0;

    /// <summary>The label with <paramref name="name"/> (ignoring case and surrounding spaces), or null.</summary>
    public CriterionLabel? Label(string name) => Labels.FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
