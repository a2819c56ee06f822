namespace Weft.Generation;

/// <summary>Chat requests of one kind in one run.</summary>
/// <param name="Sent">Answered by the model in this run.</param>
/// <param name="CacheHits">Answered from the store.</param>
/// <param name="InputTokens">Input tokens the model reported for requests sent in this run.</param>
/// <param name="OutputTokens">Output tokens the model reported for requests sent in this run.</param>
public sealed record RequestCounts(long Sent, long CacheHits, long InputTokens, long OutputTokens)
{
    /// <summary>No requests.</summary>
    public static RequestCounts None { get; } = new(0, 0, 0, 0);
}
