using System.Diagnostics;
using Microsoft.Extensions.AI;
using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Evaluation;

/// <summary>Replies straight from a chat client, for the judge loop outside a run: no store, no cache, no scheduler; a failure propagates to the caller.</summary>
internal sealed class DirectReplySource(IChatClient judge, ImageMaterializer materializer, string judgeName) : IReplySource
{
    public async Task<StoredReply> GetReplyAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var messages = await materializer.MaterializeAsync(request.Messages, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var response = await judge.GetResponseAsync(messages, request.Options, cancellationToken);
        return new StoredReply(
            request.Key, request.Purpose, judgeName, null, null, request.Canonical, response.Text, response.Usage?.InputTokenCount,
            response.Usage?.OutputTokenCount, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1, DateTimeOffset.UtcNow);
    }
}
