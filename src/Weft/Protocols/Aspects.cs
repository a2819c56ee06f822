namespace Weft.Protocols;

/// <summary>Names of the InterleavedEval aspects as they appear in prompts, replies, files and reports.</summary>
public static class Aspects
{
    /// <summary>All five aspects in the paper's order.</summary>
    public static IReadOnlyList<Aspect> All { get; } =
        [Aspect.TextQuality, Aspect.PerceptualQuality, Aspect.ImageCoherence, Aspect.TextImageCoherence, Aspect.Helpfulness];

    /// <summary>The snake_case key used in JSON replies, config files and the store (for example "text_quality").</summary>
    public static string Key(Aspect aspect) => aspect switch
    {
        Aspect.TextQuality => "text_quality",
        Aspect.PerceptualQuality => "perceptual_quality",
        Aspect.ImageCoherence => "image_coherence",
        Aspect.TextImageCoherence => "text_image_coherence",
        Aspect.Helpfulness => "helpfulness",
        _ => throw new ArgumentOutOfRangeException(nameof(aspect)),
    };

    /// <summary>The short column label used in the paper's tables (TQ, PQ, IC, TIC, Help).</summary>
    public static string ShortName(Aspect aspect) => aspect switch
    {
        Aspect.TextQuality => "TQ",
        Aspect.PerceptualQuality => "PQ",
        Aspect.ImageCoherence => "IC",
        Aspect.TextImageCoherence => "TIC",
        Aspect.Helpfulness => "Help",
        _ => throw new ArgumentOutOfRangeException(nameof(aspect)),
    };

    /// <summary>The human-readable name (for example "Text-image coherence").</summary>
    public static string DisplayName(Aspect aspect) => aspect switch
    {
        Aspect.TextQuality => "Text quality",
        Aspect.PerceptualQuality => "Perceptual quality",
        Aspect.ImageCoherence => "Image coherence",
        Aspect.TextImageCoherence => "Text-image coherence",
        Aspect.Helpfulness => "Helpfulness",
        _ => throw new ArgumentOutOfRangeException(nameof(aspect)),
    };

    // Every accepted spelling, normalised once: replies are parsed by the thousand.
    private static readonly Dictionary<string, Aspect> Spellings = All
        .SelectMany(a => new[] { Key(a), ShortName(a), DisplayName(a) }.Select(name => (Name: Normalize(name), Aspect: a)))
        .DistinctBy(p => p.Name)
        .ToDictionary(p => p.Name, p => p.Aspect, StringComparer.Ordinal);

    /// <summary>Parses a key, short name or display name, ignoring case, spaces, hyphens and underscores.</summary>
    public static bool TryParse(string text, out Aspect aspect)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Spellings.TryGetValue(Normalize(text), out aspect);
    }

    private static string Normalize(string text) =>
        new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
