namespace Weft.Runs;

/// <summary>A snapshot of judging progress.</summary>
/// <param name="Done">Items finished, including those finished by earlier runs.</param>
/// <param name="Total">Items in scope.</param>
/// <param name="Errors">Items finished in error.</param>
/// <param name="Sent">Requests answered by the judge in this run.</param>
/// <param name="CacheHits">Requests answered from the store.</param>
/// <param name="Retries">Retried attempts.</param>
/// <param name="InputTokens">Input tokens reported by the judge in this run.</param>
/// <param name="OutputTokens">Output tokens reported by the judge in this run.</param>
public sealed record RunProgress(int Done, int Total, int Errors, long Sent, long CacheHits, long Retries, long InputTokens, long OutputTokens);
