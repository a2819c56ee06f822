using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;

namespace Weft.Judges;

/// <summary>Turns the image references of a request into prepared inline images (downscaled, re-encoded when smaller) just before sending.</summary>
/// <remarks>
/// Preparation is CPU-bound, so it is limited to one image per core whatever the request concurrency; re-encoded images
/// whose source hash is known are kept, prepared, in a small cache (16 MB) so that shared images are prepared once. Items are
/// judged in benchmark order, so the requests sharing an instance's images come close together and a small cache
/// catches them; a larger one would mostly hold output images that are never asked for again.
/// </remarks>
internal sealed class ImageMaterializer(ImageLoader loader, ImagePreparer preparer, string detail, IImageIndex? index = null) : IDisposable
{
    private const long CacheBytes = 16L * 1024 * 1024;
    private readonly SemaphoreSlim cores = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private readonly PreparedImageCache cache = new(CacheBytes);

    /// <summary>A copy of <paramref name="messages"/> where every image is a prepared <see cref="DataContent"/>.</summary>
    public async Task<IReadOnlyList<ChatMessage>> MaterializeAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var result = new List<ChatMessage>(messages.Count);
        foreach (var message in messages)
        {
            if (!message.Contents.Any(ContentImages.IsImage))
            {
                result.Add(message);
                continue;
            }

            var contents = new List<AIContent>(message.Contents.Count);
            foreach (var part in message.Contents)
            {
                contents.Add(ContentImages.IsImage(part) ? await PrepareAsync(part, cancellationToken) : part);
            }

            result.Add(new ChatMessage(message.Role, contents));
        }

        return result;
    }

    private async Task<DataContent> PrepareAsync(AIContent image, CancellationToken cancellationToken)
    {
        var known = index?.Sha256(image);
        if (known is not null && cache.TryGet(known, out var cached))
        {
            return cached;
        }

        var loaded = await loader.LoadAsync(image, cancellationToken);
        await cores.WaitAsync(cancellationToken);
        try
        {
            var prepared = await Task.Run(() => preparer.Prepare(loaded), cancellationToken);
            var content = new DataContent(prepared.Bytes, prepared.MediaType);
            if (detail != "auto")
            {
                // Microsoft.Extensions.AI.OpenAI reads the image detail level from this property.
                content.AdditionalProperties = new() { ["detail"] = detail };
            }

            if (prepared.Reencoded)
            {
                // An image sent as it is costs a file read next time; keeping it would only move request buffers into
                // the oldest generation of the heap. Re-encoding is what is worth remembering.
                cache.Add(loaded.Sha256, content);
            }

            return content;
        }
        finally
        {
            cores.Release();
        }
    }

    public void Dispose() => cores.Dispose();
}
