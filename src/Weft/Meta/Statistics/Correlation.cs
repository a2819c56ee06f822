namespace Weft.Meta.Statistics;

/// <summary>
/// A coefficient (a correlation in [−1, 1], or an agreement coefficient such as Krippendorff's alpha, at most 1)
/// computed from <paramref name="N"/> units, or undefined with the reason; never NaN.
/// </summary>
/// <param name="Value">The coefficient; null when undefined.</param>
/// <param name="N">How many units it was computed from (0 or more).</param>
/// <param name="UndefinedReason">Why it is undefined (for example "n &lt; 3" or "constant human scores"); null when defined.</param>
public sealed record Correlation(double? Value, int N, string? UndefinedReason)
{
    /// <summary>Reason given when fewer than three units are available.</summary>
    public const string TooFew = "n < 3";

    /// <summary>Reason given when every judge (or metric) score is the same.</summary>
    public const string ConstantJudge = "constant judge scores";

    /// <summary>Reason given when every human score is the same.</summary>
    public const string ConstantHuman = "constant human scores";

    /// <summary>Reason given when both sides are constant, so every pair of units is tied.</summary>
    public const string AllTies = "all ties";

    /// <summary>True when <see cref="Value"/> holds a number.</summary>
    public bool IsDefined => Value.HasValue;

    /// <summary>A defined coefficient.</summary>
    public static Correlation Of(double value, int n) => new(value, n, null);

    /// <summary>An undefined coefficient with its reason.</summary>
    public static Correlation Undefined(int n, string reason) => new(null, n, reason);
}
