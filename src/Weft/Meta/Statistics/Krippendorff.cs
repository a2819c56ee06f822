namespace Weft.Meta.Statistics;

/// <summary>
/// Krippendorff's alpha = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck over the pairable values (units with at least two
/// values). Computed without the coincidence matrix: for the interval metric both sums reduce to sums of squared
/// deviations, and the ordinal δ_ck = Σ_{g=c..k} n_g − (n_c + n_k)/2 equals the difference of the two values' mid-ranks,
/// so ordinal alpha is interval alpha on mid-ranks. Linear in the number of values.
/// </summary>
public static class Krippendorff
{
    // By hand: MathNet.Numerics (the statistics package used elsewhere) has no Krippendorff's alpha or other
    // inter-rater agreement coefficient.

    /// <summary>Reason given when fewer than two values are pairable.</summary>
    public const string TooFewPairable = "fewer than two pairable ratings";

    /// <summary>Reason given when every pairable value is the same, so no disagreement is expected.</summary>
    public const string NoVariation = "no variation in the ratings";

    /// <summary>
    /// Alpha (at most 1) of <paramref name="units"/>, each listing the finite values its raters gave (missing ratings
    /// left out); <see cref="Correlation.N"/> is the number of pairable values.
    /// </summary>
    public static Correlation Alpha(IReadOnlyList<IReadOnlyList<double>> units, AlphaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pairable = units.Where(u => u.Count >= 2).ToList();
        var n = pairable.Sum(u => u.Count);
        if (n < 2)
        {
            return Correlation.Undefined(n, TooFewPairable);
        }

        var transform = metric == AlphaMetric.Ordinal ? MidRanks(pairable) : null;
        double Value(double v) => transform is null ? v : transform[v];

        double total = 0;
        foreach (var unit in pairable)
        {
            foreach (var v in unit)
            {
                total += Value(v);
            }
        }

        double mean = total / n, expected = 0, observed = 0;
        foreach (var unit in pairable)
        {
            double unitMean = unit.Sum(Value) / unit.Count, within = 0;
            foreach (var v in unit)
            {
                var d = Value(v) - mean;
                expected += d * d;
                var e = Value(v) - unitMean;
                within += e * e;
            }

            // Σ over ordered pairs i ≠ j of (v_i − v_j)² is 2·m·Σ(v − mean_u)²; each unit's pairs weigh 1/(m − 1).
            observed += 2.0 * unit.Count * within / (unit.Count - 1);
        }

        expected *= 2.0 * n;
        if (expected == 0)
        {
            return Correlation.Undefined(n, NoVariation);
        }

        return Correlation.Of(1.0 - ((n - 1) * observed / expected), n);
    }

    private static Dictionary<double, double> MidRanks(List<IReadOnlyList<double>> pairable)
    {
        var counts = new SortedDictionary<double, int>();
        foreach (var v in pairable.SelectMany(u => u))
        {
            counts[v] = counts.GetValueOrDefault(v) + 1;
        }

        var ranks = new Dictionary<double, double>(counts.Count);
        long below = 0;
        foreach (var (value, count) in counts)
        {
            ranks[value] = below + (count / 2.0);
            below += count;
        }

        return ranks;
    }
}
