namespace Weft.Protocols.Replies;

/// <summary>Cuts an explanation out of the text around a score.</summary>
internal static class Explanations
{
    private static readonly char[] LeadingNoise = [' ', '\t', '*', '_', '`', ')', ']', '-', '–', '—', ':', ';', ',', '.', '|'];
    private static readonly char[] TrailingNoise = [' ', '\t', '*', '_', '`'];
    private static readonly char[] BeforeScore = [' ', '\t', '*', '_', '`', '(', '[', ',', ';', '.', '-', '–', '—'];

    /// <summary>The text with list, emphasis and separator characters and an "Explanation:" label removed from its ends.</summary>
    public static string Clean(string text)
    {
        var trimmed = text.TrimStart(LeadingNoise).TrimEnd(TrailingNoise);
        var label = TextPatterns.ExplanationLabel().Match(trimmed);
        return label.Success ? trimmed[label.Length..].Trim() : trimmed;
    }

    /// <summary>Like <see cref="Clean"/>, also dropping the punctuation that led into a trailing "Score: 4" (". ", ", (").</summary>
    public static string CleanBeforeScore(string text) => Clean(text.TrimEnd(BeforeScore));

    /// <summary>The non-blank lines from <paramref name="from"/> up to (not including) <paramref name="to"/>, joined by spaces.</summary>
    public static string Between(List<ReplyLine> lines, int from, int to)
    {
        var parts = new List<string>();
        for (var i = from; i < to; i++)
        {
            var part = Clean(lines[i].Text);
            if (part.Length > 0)
            {
                parts.Add(part);
            }
        }

        return string.Join(" ", parts);
    }

    /// <summary>The lines right after line <paramref name="index"/>, up to a blank line or a line that starts something else.</summary>
    public static string LinesAfter(List<ReplyLine> lines, int index, Func<string, bool> startsSomethingElse)
    {
        var end = index + 1;
        while (end < lines.Count && !string.IsNullOrWhiteSpace(lines[end].Text) && !startsSomethingElse(lines[end].Text))
        {
            end++;
        }

        return Between(lines, index + 1, end);
    }
}
