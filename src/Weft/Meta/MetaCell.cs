using Weft.Meta.Statistics;

namespace Weft.Meta;

/// <summary>The three correlations of one metric with the human scores for one aspect at one level.</summary>
/// <param name="Aspect">Aspect key, or "overall".</param>
/// <param name="Pearson">Pearson's r.</param>
/// <param name="Spearman">Spearman's rho.</param>
/// <param name="Kendall">Kendall's tau-b.</param>
/// <param name="Coverage">How the run's outputs were used.</param>
public sealed record MetaCell(string Aspect, CorrelationEstimate Pearson, CorrelationEstimate Spearman, CorrelationEstimate Kendall, AspectCoverage Coverage)
{
    /// <summary>The estimate of the given kind.</summary>
    public CorrelationEstimate Get(CorrelationKind kind) => kind switch
    {
        CorrelationKind.Pearson => Pearson,
        CorrelationKind.Spearman => Spearman,
        _ => Kendall,
    };
}
