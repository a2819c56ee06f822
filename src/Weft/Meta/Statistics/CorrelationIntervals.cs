namespace Weft.Meta.Statistics;

/// <summary>Bootstrap intervals of the three coefficients, computed from the same resamples.</summary>
internal sealed record CorrelationIntervals(BootstrapInterval Pearson, BootstrapInterval Spearman, BootstrapInterval Kendall)
{
    public BootstrapInterval Get(CorrelationKind kind) => kind switch
    {
        CorrelationKind.Pearson => Pearson,
        CorrelationKind.Spearman => Spearman,
        _ => Kendall,
    };
}
