using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Images;

namespace Weft.Reports.Html;

/// <summary>
/// Writes the catalog's images as blocks of JSON (id → [thumbnail, full?], id → id of an identical image, or id →
/// {"error": reason}), encoding images in parallel and writing each as soon as it is ready, so memory holds only the
/// images in flight. Each block is followed by a call that hands it to the page, so the cards on screen get their
/// pictures while the rest of the file is still loading.
/// </summary>
internal sealed class HtmlImageWriter(HtmlReportOptions options)
{
    private const int BlockSize = 100;
    private const string BlockStart = "<script type=\"application/json\" class=\"weft-images\">{";
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    public async Task WriteAsync(HtmlImageCatalog catalog, TextWriter writer, CancellationToken cancellationToken)
    {
        var loader = new ImageLoader();
        var embedder = new ImageEmbedder(options);
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(1, 1);
        var written = 0;
        await writer.WriteAsync(BlockStart);
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
                if (written > 0 && written % BlockSize == 0)
                {
                    await writer.WriteAsync($"}}</script>\n<script>{HtmlAssets.MoreImages}</script>\n{BlockStart}");
                }

                await writer.WriteAsync($"{(written % BlockSize == 0 ? string.Empty : ",")}\n\"{entry.Id}\":{value}");
                written++;
            }
            finally
            {
                gate.Release();
            }
        });
        await writer.WriteAsync($"}}</script>\n<script>{HtmlAssets.LastImages}</script>\n");
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
