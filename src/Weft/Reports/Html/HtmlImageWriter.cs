using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Images;

namespace Weft.Reports.Html;

/// <summary>
/// Writes the catalog's images as one JSON object (id → [thumbnail, full?], id → id of an identical image, or id →
/// {"error": reason}), encoding images in parallel and writing each as soon as it is ready, so memory holds only the
/// images in flight.
/// </summary>
internal sealed class HtmlImageWriter(HtmlReportOptions options)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    public async Task WriteAsync(HtmlImageCatalog catalog, TextWriter writer, CancellationToken cancellationToken)
    {
        var loader = new ImageLoader();
        var embedder = new ImageEmbedder(options);
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(1, 1);
        var first = true;
        await writer.WriteAsync("{");
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(catalog.Images, parallel, async (entry, ct) =>
        {
            string value;
            try
            {
                var loaded = await loader.LoadAsync(entry.Image, ct);
                value = await EmbedOnceAsync(loaded, entry.Id, embedder, byHash, gate, ct);
            }
            catch (ImageLoadException e)
            {
                value = "{\"error\":" + JsonSerializer.Serialize(e.Message, Json) + "}";
            }

            await gate.WaitAsync(ct);
            try
            {
                // Ids are "i" and digits and values are built above from escaped JSON or base64 data URIs: nothing to escape.
                await writer.WriteAsync($"{(first ? string.Empty : ",")}\n\"{entry.Id}\":{value}");
                first = false;
            }
            finally
            {
                gate.Release();
            }
        });
        await writer.WriteAsync("}");
    }

    private static async Task<string> EmbedOnceAsync(
        LoadedImage loaded, string id, ImageEmbedder embedder, Dictionary<string, string> byHash, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!byHash.TryAdd(loaded.Sha256, id))
            {
                return "\"" + byHash[loaded.Sha256] + "\"";
            }
        }
        finally
        {
            gate.Release();
        }

        var image = embedder.Embed(loaded);
        return image.Full is null ? $"[\"{image.Thumbnail}\"]" : $"[\"{image.Thumbnail}\",\"{image.Full}\"]";
    }
}
