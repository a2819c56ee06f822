using Microsoft.Extensions.AI;

namespace Weft.Judges;

/// <summary>Turns the image references of a request (files, URLs, inline data) into prepared images just before it goes on: downscaled, re-encoded, at the judge's detail level.</summary>
internal sealed class MaterializingChatClient(IChatClient inner, ImageMaterializer materializer) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prepared = await materializer.MaterializeAsync(messages as IReadOnlyList<ChatMessage> ?? [.. messages], cancellationToken);
        return await base.GetResponseAsync(prepared, options, cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prepared = await materializer.MaterializeAsync(messages as IReadOnlyList<ChatMessage> ?? [.. messages], cancellationToken);
        await foreach (var update in base.GetStreamingResponseAsync(prepared, options, cancellationToken))
        {
            yield return update;
        }
    }
}
