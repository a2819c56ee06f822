namespace Weft.Arena;

/// <summary>Sampled battles, plus one warning per pair of systems that could not get all its battles (no shared outputs).</summary>
public sealed record BattlePlan(IReadOnlyList<Battle> Battles, IReadOnlyList<string> Warnings);
