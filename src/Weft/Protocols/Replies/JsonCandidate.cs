using System.Text.Json;

namespace Weft.Protocols.Replies;

/// <summary>A JSON value found in a reply, with the span of reply text it came from.</summary>
/// <param name="Start">Index of its first character in the reply.</param>
/// <param name="End">Index just after its last character (the reply's end when it was cut off and repaired).</param>
/// <param name="Root">The parsed value, detached from any pooled document.</param>
internal sealed record JsonCandidate(int Start, int End, JsonElement Root);
