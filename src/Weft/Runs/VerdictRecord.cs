using Weft.Protocols;

namespace Weft.Runs;

/// <summary>One aspect verdict as stored, with what it was made from.</summary>
/// <param name="Aspect">Aspect key.</param>
/// <param name="Status">Scored, not applicable or error.</param>
/// <param name="Score">The score when scored.</param>
/// <param name="Explanation">The judge's explanation, the N/A rule, or the error reason.</param>
/// <param name="RequestKey">The request whose reply gave this verdict (null for N/A).</param>
/// <param name="ParseMethod">How the reply was read (StrictJson, TolerantJson, Text, None), when there was a reply.</param>
/// <param name="Judge">Judge spec.</param>
/// <param name="PromptId">Versioned prompt id.</param>
/// <param name="PromptHash">SHA-256 of the prompt texts.</param>
public sealed record VerdictRecord(
    string Aspect,
    VerdictStatus Status,
    int? Score,
    string? Explanation,
    string? RequestKey,
    string? ParseMethod,
    string? Judge,
    string? PromptId,
    string? PromptHash);
