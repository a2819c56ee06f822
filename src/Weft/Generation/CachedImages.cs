using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Generation;

/// <summary>
/// Draws pictures once: a request whose reply is stored, and whose saved file still has the stored hash, is answered
/// from disk; otherwise the image model is called through the scheduler, the file is written atomically, and only then
/// is the reply (hash and path, never the bytes) stored, so that a stored reply always names a complete file.
/// </summary>
internal sealed class CachedImages(IImageBackend backend, IRunStore store, RequestScheduler scheduler, ImageSettings settings, ImageFiles files, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, int> drawn = new(StringComparer.Ordinal);
    private long cacheHits;
    private long sent;
    private long stale;

    public long CacheHits => Interlocked.Read(ref cacheHits);

    public long Sent => Interlocked.Read(ref sent);

    /// <summary>Stored replies whose file was missing or changed, so the picture was drawn again.</summary>
    public long Stale => Interlocked.Read(ref stale);

    /// <summary>Pictures drawn by this process, by "SIZE QUALITY".</summary>
    public IReadOnlyDictionary<string, int> DrawnBySize => drawn;

    /// <summary>The canonical request and its key: the model, size, quality, slot (which picture of which answer) and prompt.</summary>
    public (string Key, string Canonical) Key(string stem, string prompt)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("kind", "image");
            json.WriteString("model", settings.Spec.ToString());
            json.WriteString("size", settings.Size);
            json.WriteString("quality", settings.Quality);
            json.WriteString("slot", stem);
            json.WriteString("prompt", prompt);
            json.WriteEndObject();
        }

        return (Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan)), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public async Task<GeneratedImage> GetAsync(string stem, string prompt, CancellationToken cancellationToken)
    {
        var (key, canonical) = Key(stem, prompt);
        if (store.FindReply(key) is { } stored && Read(stored.Reply) is { } saved)
        {
            var full = files.Full(saved.Path);
            if (await ImageFiles.HashAsync(full, cancellationToken) == saved.Sha256)
            {
                Interlocked.Increment(ref cacheHits);
                return new GeneratedImage(key, saved.Path, full, saved.Sha256);
            }

            Interlocked.Increment(ref stale);
        }

        var attempts = 0;
        long latency = 0;
        var (bytes, revised) = await scheduler.RunAsync(
            async token =>
            {
                attempts++;
                var started = Stopwatch.GetTimestamp();
                var result = await backend.GenerateAsync(prompt, token);
                latency = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                return result;
            },
            1,
            (fault, attempt) => store.SaveFault(key, attempt, fault, time.GetUtcNow()),
            cancellationToken);

        var image = await files.SaveAsync(key, stem, bytes, cancellationToken);
        store.SaveReply(new StoredReply(
            key, "image", settings.Spec.ToString(), null, null, canonical, Write(image, revised), null, null, latency, attempts, time.GetUtcNow()));
        Interlocked.Increment(ref sent);
        drawn.AddOrUpdate($"{settings.Size} {settings.Quality}", 1, (_, n) => n + 1);
        return image;
    }

    private static string Write(GeneratedImage image, string? revised) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["path"] = image.RelativePath,
        ["sha256"] = image.Sha256,
        ["revised_prompt"] = revised,
    });

    private static (string Path, string Sha256)? Read(string reply)
    {
        try
        {
            using var document = JsonDocument.Parse(reply);
            var root = document.RootElement;
            return root.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String
                && root.TryGetProperty("sha256", out var sha) && sha.ValueKind == JsonValueKind.String
                ? (path.GetString()!, sha.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
