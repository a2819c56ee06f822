using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Weft.Judges;
using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// Answers judge requests from the run store when it can and from the judge when it must. A reply is stored the
/// moment it arrives; identical requests in flight at the same time are sent once.
/// </summary>
internal sealed class CachedJudge(
    IChatClient client,
    IRunStore store,
    RequestScheduler scheduler,
    ImageMaterializer materializer,
    RunConfig config,
    TimeProvider time,
    Func<JudgeRequest, int> estimateTokens) : IReplySource
{
    private readonly ConcurrentDictionary<string, Lazy<Task<StoredReply>>> inFlight = new();
    private long cacheHits;
    private long sent;
    private long answered;
    private long inputTokens;
    private long outputTokens;

    /// <summary>Requests answered from the store.</summary>
    public long CacheHits => Interlocked.Read(ref cacheHits);

    /// <summary>Attempts that reached the judge in this process (answered, or refused with an HTTP status), retries included.</summary>
    public long Sent => Interlocked.Read(ref sent);

    /// <summary>Requests the judge answered in this process.</summary>
    public long Answered => Interlocked.Read(ref answered);

    /// <summary>Input tokens the judge reported for requests sent by this process.</summary>
    public long InputTokens => Interlocked.Read(ref inputTokens);

    /// <summary>Output tokens the judge reported for requests sent by this process.</summary>
    public long OutputTokens => Interlocked.Read(ref outputTokens);

    /// <summary>The reply to <paramref name="request"/>; throws <see cref="RequestFailedException"/> when the judge cannot give one.</summary>
    public async Task<StoredReply> GetReplyAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        if (store.FindReply(request.Key) is { } cached)
        {
            Interlocked.Increment(ref cacheHits);
            return cached;
        }

        var call = inFlight.GetOrAdd(request.Key, _ => new Lazy<Task<StoredReply>>(() => SendAsync(request, cancellationToken)));
        try
        {
            return await call.Value;
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<StoredReply>>>(request.Key, call));
        }
    }

    private async Task<StoredReply> SendAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        var messages = await materializer.MaterializeAsync(request.Messages, cancellationToken);
        var attempts = 0;
        long latency = 0;
        var response = await scheduler.RunAsync(
            async token =>
            {
                attempts++;
                var started = Stopwatch.GetTimestamp();
                var reply = await client.GetResponseAsync(messages, request.Options, token);
                latency = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                return string.IsNullOrWhiteSpace(reply.Text) ? throw new EmptyReplyException() : reply;
            },
            estimateTokens(request),
            (fault, attempt) =>
            {
                store.SaveFault(request.Key, attempt, fault, time.GetUtcNow());
                if (fault.ReachedJudge)
                {
                    Interlocked.Increment(ref sent);
                }
            },
            cancellationToken);

        var stored = new StoredReply(
            request.Key, request.Purpose, config.Judge, config.PromptId, config.PromptHash, request.Canonical, response.Text,
            response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, latency, attempts, time.GetUtcNow());
        store.SaveReply(stored);
        Interlocked.Increment(ref sent);
        Interlocked.Increment(ref answered);
        Interlocked.Add(ref inputTokens, stored.InputTokens ?? 0);
        Interlocked.Add(ref outputTokens, stored.OutputTokens ?? 0);
        return stored;
    }
}
