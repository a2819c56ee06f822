using Microsoft.Extensions.AI;

namespace Weft.Runs;

/// <summary>The last of Weft's layers above a caller's own chat client: it takes Weft's request properties off the options, so the client sees exactly the request.</summary>
internal sealed class ProviderChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, RequestProperties.ForProvider(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, RequestProperties.ForProvider(options), cancellationToken);
}
