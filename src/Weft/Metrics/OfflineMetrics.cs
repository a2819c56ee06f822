using Weft.Content;
using Weft.Images;

namespace Weft.Metrics;

/// <summary>Heuristic measures of one output that need no judge: structure, image sanity and text statistics.</summary>
/// <remarks>These are labelled heuristics, not quality scores; a metric that cannot be computed for an output is omitted, never 0.</remarks>
public static class OfflineMetrics
{
    /// <summary>An image whose luma standard deviation (0–255 scale, 64 × 64 grey copy) is below this is blank (4.0).</summary>
    public const double BlankLumaStdDev = 4.0;

    /// <summary>An image whose perceptual hash is at most this many bits from an earlier image's is a near duplicate (6).</summary>
    public const int NearDuplicateDistance = 6;

    private const string TextBlocks = "structure.text_blocks";
    private const string ImageBlocks = "structure.image_blocks";
    private const string ExpectedImages = "structure.expected_images";
    private const string ImageCountMatch = "structure.image_count_match";
    private const string OrderSimilarity = "structure.order_similarity";
    private const string Undecodable = "images.undecodable";
    private const string Blank = "images.blank";
    private const string ExactDuplicates = "images.exact_duplicates";
    private const string NearDuplicates = "images.near_duplicates";
    private const string OkFraction = "images.ok_fraction";
    private const string Words = "text.words";
    private const string Chars = "text.chars";
    private const string Repetition = "text.repetition";

    private static readonly (string Name, string Description)[] Catalog =
    [
        (TextBlocks, "Number of non-empty text blocks in the output."),
        (ImageBlocks, "Number of image blocks in the output."),
        (ExpectedImages, "Images expected: the reference's image count, or a count the instruction asks for plainly."),
        (ImageCountMatch, "1 - |images - expected| / max(images, expected), 0-1 (1 when both are 0)."),
        (OrderSimilarity, "1 - edit distance between the text/image block orders of output and reference / longer length, 0-1."),
        (Undecodable, "Images that are missing or cannot be decoded."),
        (Blank, "Decodable images that are one flat colour (luma standard deviation below 4 of 255)."),
        (ExactDuplicates, "Images byte-identical to an earlier image of the same output."),
        (NearDuplicates, "Images within 6 bits of perceptual hash of an earlier image of the same output, exact duplicates excluded."),
        (OkFraction, "Share of images that are decodable, not blank and not duplicates, 0-1."),
        (Words, "Whitespace-separated words in all the output's text."),
        (Chars, "Unicode characters in all the output's text, whitespace included."),
        (Repetition, "Share of word 3-grams repeating an earlier 3-gram of the same output, 0-1 (0 = no repetition)."),
    ];

    /// <summary>Every metric name, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Catalog.Select(c => c.Name)];

    /// <summary>A one-line description of a metric, with its range, for reports.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static string Describe(string name)
    {
        foreach (var (known, description) in Catalog)
        {
            if (known == name)
            {
                return description;
            }
        }

        throw new ArgumentException($"unknown offline metric '{name}'", nameof(name));
    }

    /// <summary>Computes every metric that applies to one output, in <see cref="Names"/> order.</summary>
    /// <param name="instance">The instance answered (its reference and instruction give the expected shape).</param>
    /// <param name="output">The output measured.</param>
    /// <param name="facts">Image facts keyed by <see cref="ContentImages.Key"/>; an image without facts counts as undecodable.</param>
    public static IReadOnlyList<MetricValue> Compute(Instance instance, SystemOutput output, IReadOnlyDictionary<string, ImageFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(facts);

        var values = new List<MetricValue>();
        void Add(string name, double value) => values.Add(new MetricValue(name, value));

        var content = output.Content;
        var images = ContentImages.CountImages(content);
        Add(TextBlocks, ContentImages.CountTexts(content));
        Add(ImageBlocks, images);

        var expected = instance.Reference is { } reference
            ? ContentImages.CountImages(reference)
            : ExpectedImageCount.FromInstruction(instance.Instruction);
        if (expected is { } e)
        {
            Add(ExpectedImages, e);
            Add(ImageCountMatch, images == 0 && e == 0 ? 1 : 1 - ((double)Math.Abs(images - e) / Math.Max(images, e)));
        }

        if (instance.Reference is not null)
        {
            Add(OrderSimilarity, BlockSequence.Similarity(BlockSequence.Of(content), BlockSequence.Of(instance.Reference)));
        }

        var quality = ImageQualityCounts.Count(content.Where(ContentImages.IsImage), facts, BlankLumaStdDev, NearDuplicateDistance);
        Add(Undecodable, quality.Undecodable);
        Add(Blank, quality.Blank);
        Add(ExactDuplicates, quality.ExactDuplicates);
        Add(NearDuplicates, quality.NearDuplicates);
        if (quality.Images > 0)
        {
            Add(OkFraction, (double)quality.Ok / quality.Images);
        }

        var text = TextStatistics.Of(content);
        Add(Words, text.Words);
        Add(Chars, text.Chars);
        if (text.Repetition is { } repetition)
        {
            Add(Repetition, repetition);
        }

        return values;
    }
}
