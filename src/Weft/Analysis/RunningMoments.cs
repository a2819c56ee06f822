namespace Weft.Analysis;

/// <summary>
/// Count, mean and variance of a stream of values in one pass and constant memory: the mean from a compensated sum
/// (exact for judge scores), the variance by Welford's update, and all-equal samples recognised exactly.
/// </summary>
internal sealed class RunningMoments
{
    private double sum;
    private double compensation;
    private double welfordMean;
    private double squares;
    private double min = double.PositiveInfinity;
    private double max = double.NegativeInfinity;

    /// <summary>Number of values added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one finite value.</summary>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Values must be finite numbers.");
        }

        Count++;

        // Neumaier's compensated sum: the mean of many scores stays correctly rounded.
        var next = sum + value;
        compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - next) + value : (value - next) + sum;
        sum = next;

        var delta = value - welfordMean;
        welfordMean += delta / Count;
        squares += delta * (value - welfordMean);

        min = Math.Min(min, value);
        max = Math.Max(max, value);
    }

    /// <summary>The mean, or null without values.</summary>
    public double? Mean => Count == 0 ? null : min == max ? min : Math.Clamp((sum + compensation) / Count, min, max);

    /// <summary>The sample variance (n − 1 denominator), or null with fewer than two values.</summary>
    public double? SampleVariance => Count < 2 ? null : min == max ? 0.0 : Math.Max(0.0, squares / (Count - 1));
}
