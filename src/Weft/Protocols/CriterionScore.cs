namespace Weft.Protocols;

/// <summary>A score the judge really gave for one criterion, with its explanation.</summary>
/// <param name="Key">The expected key the score belongs to, as the caller spelled it.</param>
/// <param name="Score">The integer score, inside the requested scale.</param>
/// <param name="Explanation">The judge's explanation; empty when the judge gave none.</param>
public sealed record CriterionScore(string Key, int Score, string Explanation);
