using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;

namespace Weft.Generation;

/// <summary>Hashes of the benchmark's input images (from the image check) and of the pictures generated so far, for request keys.</summary>
internal sealed class ImageIndex(IReadOnlyDictionary<string, ImageFacts> inputs) : IImageIndex
{
    private readonly ConcurrentDictionary<string, string> generated = new(StringComparer.Ordinal);

    public void Add(string fullPath, string sha256) => generated[Path.GetFullPath(fullPath)] = sha256;

    public string? Sha256(AIContent image)
    {
        var key = ContentImages.Key(image);
        return inputs.TryGetValue(key, out var facts) ? facts.Sha256 : generated.GetValueOrDefault(key);
    }

    public (int Width, int Height)? Size(AIContent image) =>
        inputs.TryGetValue(ContentImages.Key(image), out var facts) ? (facts.Width, facts.Height) : null;
}
