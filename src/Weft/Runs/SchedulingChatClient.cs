using System.Diagnostics;
using Microsoft.Extensions.AI;
using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// Sends each request through the scheduler (concurrency, rate limits, retries, timeout), logs every failed attempt
/// in the run store under the request's key, and counts the attempts that reached the judge. An empty reply is a
/// fault (retried), never an answer.
/// </summary>
internal sealed class SchedulingChatClient(IChatClient inner, RequestScheduler scheduler, IRunStore store, TimeProvider time, Func<JudgeRequest, int> estimateTokens)
    : DelegatingChatClient(inner)
{
    private long sent;

    /// <summary>Attempts that reached the judge (answered, or refused with an HTTP status), retries included.</summary>
    public long Sent => Interlocked.Read(ref sent);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = RequestProperties.RequestOf(options) ?? throw new InvalidOperationException("A request reached the scheduler without its judge request.");
        var provider = RequestProperties.ForProvider(options);
        var attempts = 0;
        long latency = 0;
        var response = await scheduler.RunAsync(
            async token =>
            {
                attempts++;
                var started = Stopwatch.GetTimestamp();
                var reply = await base.GetResponseAsync(messages, provider, token);
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
        Interlocked.Increment(ref sent);
        RequestProperties.SetAttempts(response, attempts, latency);
        return response;
    }
}
