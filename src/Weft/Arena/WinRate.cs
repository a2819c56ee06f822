namespace Weft.Arena;

/// <summary>A win rate in [0, 1], or null with the reason when its denominator is 0.</summary>
public sealed record WinRate(double? Value, string? Undefined)
{
    internal static WinRate Of(double numerator, double denominator, string whenZero) =>
        denominator > 0 ? new WinRate(numerator / denominator, null) : new WinRate(null, whenZero);
}
