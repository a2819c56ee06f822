namespace Weft.Meta.Statistics;

/// <summary>
/// Pearson, Spearman and Kendall tau-b of one sample. The three are defined or undefined together (all need n ≥ 3 and
/// some variation on both sides), so one reason covers them.
/// </summary>
internal readonly record struct CorrelationValues(double Pearson, double Spearman, double Kendall, int N, string? UndefinedReason)
{
    public bool IsDefined => UndefinedReason is null;

    public static CorrelationValues Undefined(int n, string reason) => new(0, 0, 0, n, reason);

    public Correlation Get(CorrelationKind kind) => UndefinedReason is { } reason
        ? Correlation.Undefined(N, reason)
        : Correlation.Of(kind switch
        {
            CorrelationKind.Pearson => Pearson,
            CorrelationKind.Spearman => Spearman,
            _ => Kendall,
        }, N);

    public double Value(CorrelationKind kind) => kind switch
    {
        CorrelationKind.Pearson => Pearson,
        CorrelationKind.Spearman => Spearman,
        _ => Kendall,
    };
}
