using System.Diagnostics;
using Microsoft.Extensions.AI;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Evaluation;

/// <summary>
/// Replies for the judge loop outside a run, from a caller's chat client: through the run store's cache when the
/// caller names a cache folder (keyed as <c>weft eval</c> keys its requests), else straight; no scheduler, and a
/// failure propagates to the caller. <paramref name="client"/> is the stack above the caller's client (image
/// preparation, and the cache when there is one).
/// </summary>
internal sealed class DirectReplySource(IChatClient client, string judgeName) : IReplySource
{
    public async Task<StoredReply> GetReplyAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var response = await client.GetResponseAsync(request.Messages, RequestProperties.With(request), cancellationToken);
        return RequestProperties.StoredOf(response) ?? new StoredReply(
            request.Key, request.Purpose, judgeName, null, null, request.Canonical, response.Text, response.Usage?.InputTokenCount,
            response.Usage?.OutputTokenCount, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1, DateTimeOffset.UtcNow);
    }
}
