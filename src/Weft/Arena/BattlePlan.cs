namespace Weft.Arena;

/// <summary>Sampled battles, plus one warning per pair of systems that could not get all its battles (fewer usable instances than battles asked for, or none).</summary>
public sealed record BattlePlan(IReadOnlyList<Battle> Battles, IReadOnlyList<string> Warnings);
