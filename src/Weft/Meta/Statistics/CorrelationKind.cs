namespace Weft.Meta.Statistics;

/// <summary>The three correlation coefficients of a meta-evaluation.</summary>
public enum CorrelationKind
{
    /// <summary>Pearson's product-moment correlation of the values.</summary>
    Pearson,

    /// <summary>Spearman's rho: Pearson's correlation of the ranks, tied values sharing their average rank.</summary>
    Spearman,

    /// <summary>Kendall's tau-b, which corrects for ties on either side.</summary>
    Kendall,
}
