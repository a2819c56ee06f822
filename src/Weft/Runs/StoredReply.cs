namespace Weft.Runs;

/// <summary>A judge reply kept in the store: the cache entry for one request key and its audit trail.</summary>
/// <param name="Key">Request key (SHA-256 of the canonical request).</param>
/// <param name="Purpose">"judge" or "repair".</param>
/// <param name="Judge">Judge spec (for example "openai:gpt-4o"); never a key.</param>
/// <param name="PromptId">Versioned prompt id.</param>
/// <param name="PromptHash">SHA-256 of the prompt texts.</param>
/// <param name="Request">The canonical request JSON (texts in full, images as SHA-256 of their bytes).</param>
/// <param name="Reply">The raw reply text, exactly as received.</param>
/// <param name="InputTokens">Input tokens reported by the judge, when it reported them.</param>
/// <param name="OutputTokens">Output tokens reported by the judge, when it reported them.</param>
/// <param name="LatencyMs">Duration of the successful attempt in milliseconds.</param>
/// <param name="Attempts">Attempts made, including the successful one.</param>
/// <param name="CreatedAt">When the reply arrived (UTC).</param>
public sealed record StoredReply(
    string Key,
    string Purpose,
    string Judge,
    string? PromptId,
    string? PromptHash,
    string Request,
    string Reply,
    long? InputTokens,
    long? OutputTokens,
    long LatencyMs,
    int Attempts,
    DateTimeOffset CreatedAt);
