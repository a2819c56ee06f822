namespace Weft.Protocols;

/// <summary>How a protocol's verdicts become numbers.</summary>
public enum VerdictAggregation
{
    /// <summary>Mean of the scores (or label values) with a Student-t interval, per criterion; N/A and errors counted apart.</summary>
    Mean,

    /// <summary>Win rates and rankings of systems from pairwise verdicts.</summary>
    WinRate,
}
