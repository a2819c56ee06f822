namespace Weft.Protocols;

/// <summary>Why no score was accepted for one expected criterion.</summary>
/// <param name="Key">The expected key, as the caller spelled it.</param>
/// <param name="Problem">What is missing or wrong, for example "missing", "score 7 is outside 0–5" or "conflicting scores 4 and 2".</param>
public sealed record CriterionProblem(string Key, string Problem);
