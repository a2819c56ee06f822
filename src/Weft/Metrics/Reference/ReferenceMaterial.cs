using Weft.Content;
using Weft.Images;

namespace Weft.Metrics.Reference;

/// <summary>One instance's reference, prepared once and shared by every output of that instance (not thread-safe).</summary>
internal sealed class ReferenceMaterial
{
    private readonly Instance instance;
    private readonly ImageLoader loader;
    private IReadOnlyList<string>? bleuTokens;
    private IReadOnlyList<string>? rougeTokens;
    private List<ReferenceImage?>? images;

    public ReferenceMaterial(Instance instance, ImageLoader loader)
    {
        ArgumentNullException.ThrowIfNull(instance);
        this.instance = instance;
        this.loader = loader;
        Text = instance.Reference is { } reference ? ReferenceText.Of(reference) : null;
        ImageCount = instance.Reference is { } r ? ContentImages.CountImages(r) : 0;
    }

    /// <summary>The reference's text blocks joined with line breaks, or null when it has no text.</summary>
    public string? Text { get; }

    public int ImageCount { get; }

    public IReadOnlyList<string> BleuTokens => bleuTokens ??= Tokenizer13a.Tokenize(Text ?? string.Empty);

    public IReadOnlyList<string> RougeTokens => rougeTokens ??= RougeL.Tokenize(Text ?? string.Empty);

    /// <summary>
    /// The reference images in order, each measured once; null where unusable, which is where the run's image check found
    /// a problem (it has no <paramref name="facts"/>), exactly as for output images.
    /// </summary>
    public async Task<IReadOnlyList<ReferenceImage?>> ImagesAsync(
        bool hash, bool luma, IReadOnlyDictionary<string, ImageFacts> facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (images is null)
        {
            images = [];
            foreach (var image in (instance.Reference ?? []).Where(ContentImages.IsImage))
            {
                images.Add(facts.TryGetValue(ContentImages.Key(image), out var fact)
                    ? await ImageMeasure.MeasureAsync(loader, image, hash, luma, fact.PerceptualHash, cancellationToken)
                    : null);
            }
        }

        return images;
    }
}
