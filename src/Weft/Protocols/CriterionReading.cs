namespace Weft.Protocols;

/// <summary>A valid answer a reply gave for one criterion.</summary>
/// <param name="Key">The criterion key.</param>
/// <param name="Score">The score, or for a label the label's value.</param>
/// <param name="Label">The label given, for label criteria; otherwise null.</param>
/// <param name="Explanation">The judge's explanation; empty when none.</param>
public sealed record CriterionReading(string Key, int Score, string? Label, string Explanation);
