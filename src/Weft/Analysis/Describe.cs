namespace Weft.Analysis;

/// <summary>Count, mean, sample standard deviation and standard error of a sample.</summary>
internal static class Describe
{
    /// <summary>Describes finite values; undefined statistics are null, never NaN.</summary>
    public static SampleDescription Sample(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var moments = new RunningMoments();
        foreach (var value in values)
        {
            moments.Add(value);
        }

        return From(moments);
    }

    /// <summary>Describes the values accumulated so far.</summary>
    public static SampleDescription From(RunningMoments moments)
    {
        var variance = moments.SampleVariance;
        double? deviation = variance is { } v ? Math.Sqrt(v) : null;
        double? error = deviation is { } s ? s / Math.Sqrt(moments.Count) : null;
        return new SampleDescription(moments.Count, moments.Mean, deviation, error);
    }
}
