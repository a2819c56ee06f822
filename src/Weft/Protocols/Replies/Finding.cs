namespace Weft.Protocols.Replies;

/// <summary>One place in a reply that says something about one expected key's score.</summary>
/// <param name="Key">The expected key.</param>
/// <param name="Value">What that place says about the score.</param>
/// <param name="Explanation">The explanation given there; empty when none.</param>
/// <param name="Position">Where in the reply it was found, to report disagreements in reading order.</param>
/// <param name="FromJson">True when it came from JSON, false when from text.</param>
internal sealed record Finding(string Key, ScoreValue Value, string Explanation, int Position, bool FromJson);
