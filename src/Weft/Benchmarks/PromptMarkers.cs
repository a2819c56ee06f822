namespace Weft.Benchmarks;

/// <summary>The markers OpenING and InterleavedBench put in their texts, and the rule that finds the instruction.</summary>
internal static class PromptMarkers
{
    /// <summary>Separates an optional instruction from the content that follows it.</summary>
    public const string Begin = "<BEGIN>";

    /// <summary>Stands where an image goes.</summary>
    public const string Image = "<image>";

    /// <summary>A text without its markers, trimmed.</summary>
    public static string Clean(string text) =>
        text.Replace(Begin, "", StringComparison.Ordinal).Replace(Image, "", StringComparison.Ordinal).Trim();

    /// <summary>
    /// Splits the first text of a prompt: non-blank text before <c>&lt;BEGIN&gt;</c> is the instruction and the text after
    /// it stays as content (<paramref name="rest"/>); otherwise the whole first text is the instruction and nothing stays.
    /// </summary>
    public static string TakeInstruction(string firstText, out string rest)
    {
        var begin = firstText.IndexOf(Begin, StringComparison.Ordinal);
        if (begin >= 0)
        {
            var before = Clean(firstText[..begin]);
            if (before.Length > 0)
            {
                rest = Clean(firstText[(begin + Begin.Length)..]);
                return before;
            }
        }

        rest = "";
        return Clean(firstText);
    }
}
