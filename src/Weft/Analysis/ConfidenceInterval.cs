namespace Weft.Analysis;

/// <summary>Confidence intervals for means.</summary>
public static class ConfidenceInterval
{
    /// <summary>
    /// The Student-t interval mean ± t(1 − α/2, n − 1)·s/√n at <paramref name="level"/> (default 0.95, strictly
    /// between 0 and 1) for finite values; bounds are null for fewer than two values and equal for identical values.
    /// </summary>
    public static MeanInterval Mean(IReadOnlyList<double> values, double level = 0.95) => Mean(values, level, double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>
    /// As <see cref="Mean(IReadOnlyList{double}, double)"/>, with both bounds clipped to the scale
    /// [<paramref name="min"/>, <paramref name="max"/>] the values come from: a mean of scores on 0–5 cannot lie below 0,
    /// and the t interval, symmetric by construction, would otherwise say it might when scores crowd an end of the scale.
    /// </summary>
    public static MeanInterval Mean(IReadOnlyList<double> values, double level, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckLevel(level);
        var moments = new RunningMoments();
        foreach (var value in values)
        {
            moments.Add(value);
        }

        return Of(moments, level, min, max);
    }

    /// <summary>The interval for values accumulated so far, clipped to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static MeanInterval Of(RunningMoments moments, double level, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        CheckLevel(level);
        var description = Describe.From(moments);
        if (description is not { Mean: { } mean, StandardError: { } error })
        {
            return new MeanInterval(description.Count, description.Mean, null, null, level);
        }

        if (error == 0.0)
        {
            return new MeanInterval(description.Count, mean, mean, mean, level);
        }

        var half = StudentT.Quantile(0.5 + (0.5 * level), description.Count - 1) * error;
        return new MeanInterval(description.Count, mean, Math.Max(min, mean - half), Math.Min(max, mean + half), level);
    }

    private static void CheckLevel(double level)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be strictly between 0 and 1.");
        }
    }
}
