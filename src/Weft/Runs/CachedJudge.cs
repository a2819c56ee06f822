using Microsoft.Extensions.AI;
using Weft.Judges;
using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// The judge of a run as one chat-client stack: the store's cache (<see cref="StoreCachingChatClient"/>), image
/// preparation, the scheduler, then the provider. A reply is stored the moment it arrives; identical requests in
/// flight at the same time are sent once.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The layers only wrap the provider client, which its owner (the judge session or the generation run) disposes; disposing them here would dispose it twice.")]
internal sealed class CachedJudge : IReplySource
{
    private readonly StoreCachingChatClient cache;
    private readonly SchedulingChatClient scheduling;

    public CachedJudge(
        IChatClient client,
        IRunStore store,
        RequestScheduler scheduler,
        ImageMaterializer materializer,
        RunConfig config,
        TimeProvider time,
        Func<JudgeRequest, int> estimateTokens,
        JudgeSettings? settings = null,
        IImageIndex? images = null)
    {
        scheduling = new SchedulingChatClient(client, scheduler, store, time, estimateTokens);
        cache = new StoreCachingChatClient(new MaterializingChatClient(scheduling, materializer), store, settings, images, config, time);
    }

    /// <summary>The whole stack as a chat client: anything that holds an <see cref="IChatClient"/> is cached the same way.</summary>
    public IChatClient Client => cache;

    /// <summary>Requests answered from the store.</summary>
    public long CacheHits => cache.CacheHits;

    /// <summary>Attempts that reached the judge in this process (answered, or refused with an HTTP status), retries included.</summary>
    public long Sent => scheduling.Sent;

    /// <summary>Requests the judge answered in this process.</summary>
    public long Answered => cache.Answered;

    /// <summary>Input tokens the judge reported for requests sent by this process.</summary>
    public long InputTokens => cache.InputTokens;

    /// <summary>Output tokens the judge reported for requests sent by this process.</summary>
    public long OutputTokens => cache.OutputTokens;

    /// <summary>The reply to <paramref name="request"/>; throws <see cref="RequestFailedException"/> when the judge cannot give one.</summary>
    public async Task<StoredReply> GetReplyAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await cache.GetResponseAsync(request.Messages, RequestProperties.With(request), cancellationToken);
        return RequestProperties.StoredOf(response)!;
    }
}
