using Weft.Content;

namespace Weft.Protocols;

/// <summary>One thing a protocol judges: an output of an instance, or two outputs shown in a given order.</summary>
/// <param name="Instance">The benchmark instance.</param>
/// <param name="Output">The output judged, or for a pair the one shown first (A).</param>
/// <param name="Second">For a pair, the output shown second (B); otherwise null.</param>
public sealed record JudgeUnit(Instance Instance, SystemOutput Output, SystemOutput? Second = null);
