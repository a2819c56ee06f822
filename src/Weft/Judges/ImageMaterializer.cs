using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;

namespace Weft.Judges;

/// <summary>Turns the image references of a request into prepared inline images (downscaled, re-encoded when smaller) just before sending.</summary>
/// <remarks>Preparation is CPU-bound, so it is limited to one image per core whatever the request concurrency.</remarks>
internal sealed class ImageMaterializer(ImageLoader loader, ImagePreparer preparer, string detail) : IDisposable
{
    private readonly SemaphoreSlim cores = new(Environment.ProcessorCount, Environment.ProcessorCount);

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

            return content;
        }
        finally
        {
            cores.Release();
        }
    }

    public void Dispose() => cores.Dispose();
}
