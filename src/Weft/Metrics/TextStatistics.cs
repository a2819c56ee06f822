using Microsoft.Extensions.AI;

namespace Weft.Metrics;

/// <summary>Counts over all the text of one output: words, characters and word 3-gram repetition.</summary>
/// <param name="Words">Whitespace-separated tokens holding at least one letter or digit.</param>
/// <param name="Chars">Unicode characters (scalar values) in all text blocks, whitespace included.</param>
/// <param name="Repetition">Share of word 3-grams equal to an earlier one, 0–1; null below 3 words.</param>
internal sealed record TextStatistics(int Words, int Chars, double? Repetition)
{
    public static TextStatistics Of(IEnumerable<AIContent> content)
    {
        var words = new List<string>();
        var chars = 0;
        foreach (var text in content.OfType<TextContent>().Select(t => t.Text ?? string.Empty))
        {
            chars += text.EnumerateRunes().Count();
            words.AddRange(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 0));
        }

        return new TextStatistics(words.Count, chars, words.Count < 3 ? null : RepeatedTrigramShare(words));
    }

    private static double RepeatedTrigramShare(List<string> words)
    {
        var seen = new HashSet<(string, string, string)>();
        var total = words.Count - 2;
        var repeated = 0;
        for (var i = 0; i < total; i++)
        {
            if (!seen.Add((words[i], words[i + 1], words[i + 2])))
            {
                repeated++;
            }
        }

        return (double)repeated / total;
    }

    // Case and surrounding punctuation do not make a word different ("The", "the," and "(the" are one word);
    // a token with no letter or digit (a dash, an emoji) is not a word.
    private static string Normalize(string token)
    {
        var start = 0;
        while (start < token.Length && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }

        return token[start..end].ToUpperInvariant();
    }
}
