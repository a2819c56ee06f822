namespace Weft.Protocols;

/// <summary>The seven criteria of OpenING's absolute scoring (each scored 0–10 with a justification).</summary>
public static class OpeningCriteria
{
    /// <summary>The criteria in the order OpenING lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Correctness", "Image-Text Coherency", "Multi-step Consistency", "Content Quality",
        "Human Preference Alignment", "Completeness", "Content Richness",
    ];

    /// <summary>The criterion a label names, ignoring case, spaces, hyphens and underscores ("image_text_coherency"); null when it names none.</summary>
    public static string? Match(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var wanted = Squash(label);
        return All.FirstOrDefault(criterion => Squash(criterion) == wanted);
    }

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
