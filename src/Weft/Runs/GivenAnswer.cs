using Weft.Protocols;

namespace Weft.Runs;

/// <summary>A valid answer for one criterion and the request whose reply gave it.</summary>
/// <param name="Value">The answer.</param>
/// <param name="RequestKey">The first request's key, or the repair request's when the repair gave it.</param>
/// <param name="Method">How that reply was read.</param>
internal sealed record GivenAnswer(CriterionReading Value, string RequestKey, ParseMethod Method);
