using Weft.Protocols;

namespace Weft.Runs;

/// <summary>Where the judge loop gets replies: the run's cached judge, or a plain chat client outside a run.</summary>
internal interface IReplySource
{
    /// <summary>The reply to <paramref name="request"/>; throws <see cref="Scheduling.RequestFailedException"/> when the judge cannot give one.</summary>
    Task<StoredReply> GetReplyAsync(JudgeRequest request, CancellationToken cancellationToken);
}
