using System.Text.RegularExpressions;

namespace Weft.Protocols.Rubrics;

/// <summary>The placeholders a rubric's texts may hold: <c>{name}</c> with a lowercase name; other braces are plain text.</summary>
internal static partial class RubricPlaceholders
{
    /// <summary>Placeholders replaced by text inside a prompt part.</summary>
    public static IReadOnlyList<string> Text { get; } = ["instruction", "task", "criteria", "criteria_names"];

    /// <summary>Placeholders replaced by interleaved text and images; each stands alone in its prompt part.</summary>
    public static IReadOnlyList<string> Content { get; } = ["input", "output", "reference"];

    /// <summary>Placeholders of a criterion line.</summary>
    public static IReadOnlyList<string> Line { get; } = ["name", "title", "description", "scale"];

    /// <summary>Placeholders of the repair message.</summary>
    public static IReadOnlyList<string> Repair { get; } = ["problems", "criteria_names"];

    [GeneratedRegex(@"\{([a-z_]+)\}", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>The placeholder names in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> In(string text) => Pattern().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>The content placeholder <paramref name="part"/> is made of, or null when it is text.</summary>
    public static string? ContentOf(string part) =>
        Pattern().Match(part) is { Success: true } m && m.Length == part.Length && Content.Contains(m.Groups[1].Value) ? m.Groups[1].Value : null;

    /// <summary><paramref name="text"/> with each known placeholder replaced by <paramref name="values"/>; unknown ones stay as written.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Pattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
}
