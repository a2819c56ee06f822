namespace Weft.Meta.Statistics;

/// <summary>The difference function of Krippendorff's alpha.</summary>
public enum AlphaMetric
{
    /// <summary>Squared difference of the values.</summary>
    Interval,

    /// <summary>Squared difference of the values' mid-ranks among all pairable values (Krippendorff's ordinal δ²).</summary>
    Ordinal,
}
