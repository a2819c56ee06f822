namespace Weft.Meta;

/// <summary>How a meta-evaluation is run.</summary>
public sealed record MetaOptions
{
    /// <summary>The declared human scale (default 0–3); correlations are scale-free, the scale only validates input.</summary>
    public RatingScale Scale { get; init; } = RatingScale.Default;

    /// <summary>Bootstrap resamples per correlation (default 1000; 0 = no intervals).</summary>
    public int BootstrapSamples { get; init; } = 1000;

    /// <summary>Seed of the bootstrap (default 1); the same seed always gives the same intervals.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Confidence level of the intervals, strictly between 0 and 1 (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Levels to compute (default both, instance first).</summary>
    public IReadOnlyList<MetaLevel> Levels { get; init; } = [MetaLevel.Instance, MetaLevel.System];
}
