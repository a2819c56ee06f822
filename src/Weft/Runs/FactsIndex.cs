using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;

namespace Weft.Runs;

/// <summary>Looks images up in the facts gathered by the image check.</summary>
internal sealed class FactsIndex(IReadOnlyDictionary<string, ImageFacts> facts) : IImageIndex
{
    public string? Sha256(AIContent image) => Find(image)?.Sha256;

    public (int Width, int Height)? Size(AIContent image) => Find(image) is { } f ? (f.Width, f.Height) : null;

    private ImageFacts? Find(AIContent image) => facts.TryGetValue(ContentImages.Key(image), out var f) ? f : null;
}
