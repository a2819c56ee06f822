namespace Weft.Meta.Statistics;

/// <summary>
/// Scores of one aspect as units × raters, a missing rating being absent (not 0). Each unit may belong to a group
/// (a system) for system-level statistics.
/// </summary>
internal sealed class RatingMatrix
{
    private readonly double?[] scores;

    public RatingMatrix(int units, int raters, int[]? groups = null)
    {
        Units = units;
        Raters = raters;
        Groups = groups;
        scores = new double?[units * raters];
    }

    public int Units { get; }

    public int Raters { get; }

    /// <summary>Group (system) index per unit, or null.</summary>
    public int[]? Groups { get; }

    public double? this[int unit, int rater]
    {
        get => scores[(unit * Raters) + rater];
        set => scores[(unit * Raters) + rater] = value;
    }

    /// <summary>Each unit's present scores, for Krippendorff's alpha.</summary>
    public IReadOnlyList<IReadOnlyList<double>> UnitValues()
    {
        var units = new List<IReadOnlyList<double>>(Units);
        for (var u = 0; u < Units; u++)
        {
            var values = new List<double>(Raters);
            for (var r = 0; r < Raters; r++)
            {
                if (this[u, r] is { } v)
                {
                    values.Add(v);
                }
            }

            units.Add(values);
        }

        return units;
    }
}
