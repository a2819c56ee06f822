using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Weft.Protocols;

namespace Weft.Runs;

/// <summary>
/// The request cache as a chat-client layer (the pattern of Microsoft.Extensions.AI's caching client): a request
/// already answered in the run store is answered from it; any other is sent once, even when asked several times at
/// the same moment, and its reply is stored the moment it arrives. Requests are keyed as everywhere in Weft (the hash
/// of model, parameters, texts and image hashes): by the judge request the options carry, or, for a caller that holds
/// only an <see cref="IChatClient"/>, computed from the messages with <paramref name="settings"/> and <paramref name="images"/>.
/// </summary>
internal sealed class StoreCachingChatClient(
    IChatClient inner, IRunStore store, JudgeSettings? settings, IImageIndex? images, RunConfig config, TimeProvider time) : DelegatingChatClient(inner)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<StoredReply>>> inFlight = new(StringComparer.Ordinal);
    private long cacheHits;
    private long answered;
    private long inputTokens;
    private long outputTokens;

    /// <summary>Requests answered from the store.</summary>
    public long CacheHits => Interlocked.Read(ref cacheHits);

    /// <summary>Requests the judge answered in this process.</summary>
    public long Answered => Interlocked.Read(ref answered);

    /// <summary>Input tokens the judge reported for requests sent by this process.</summary>
    public long InputTokens => Interlocked.Read(ref inputTokens);

    /// <summary>Output tokens the judge reported for requests sent by this process.</summary>
    public long OutputTokens => Interlocked.Read(ref outputTokens);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var carried = RequestProperties.RequestOf(options);
        var request = carried ?? RequestOf(messages, options);
        var stored = await GetReplyAsync(request, carried is null ? RequestProperties.With(request) : options!, cancellationToken);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, stored.Reply))
        {
            Usage = new UsageDetails { InputTokenCount = stored.InputTokens, OutputTokenCount = stored.OutputTokens },
        };
        return RequestProperties.WithStored(response, stored);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A stored reply is whole: streaming callers get it as the updates of one response.
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    private async Task<StoredReply> GetReplyAsync(JudgeRequest request, ChatOptions options, CancellationToken cancellationToken)
    {
        if (store.FindReply(request.Key) is { } cached)
        {
            Interlocked.Increment(ref cacheHits);
            return cached;
        }

        var call = inFlight.GetOrAdd(request.Key, _ => new Lazy<Task<StoredReply>>(() => SendAsync(request, options, cancellationToken)));
        try
        {
            return await call.Value;
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<StoredReply>>>(request.Key, call));
        }
    }

    private async Task<StoredReply> SendAsync(JudgeRequest request, ChatOptions options, CancellationToken cancellationToken)
    {
        var response = await base.GetResponseAsync(request.Messages, options, cancellationToken);
        var (attempts, latency) = RequestProperties.AttemptsOf(response);
        var stored = new StoredReply(
            request.Key, request.Purpose, config.Judge, config.PromptId, config.PromptHash, request.Canonical, response.Text,
            response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, latency, attempts, time.GetUtcNow());
        store.SaveReply(stored);
        Interlocked.Increment(ref answered);
        Interlocked.Add(ref inputTokens, stored.InputTokens ?? 0);
        Interlocked.Add(ref outputTokens, stored.OutputTokens ?? 0);
        return stored;
    }

    // A caller holding only a chat client: the request is keyed from what it sends, as the protocols key theirs.
    private JudgeRequest RequestOf(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        if (settings is null || images is null)
        {
            throw new InvalidOperationException("This cache keys only judge requests: it was made without the settings and image index that key plain chat requests.");
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var asked = options ?? new ChatOptions();
        var (key, canonical) = RequestKey.Compute(settings, list, asked, images);
        return new JudgeRequest(key, "judge", list, asked, [], canonical);
    }
}
