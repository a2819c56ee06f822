using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Metrics;

/// <summary>The shape of interleaved content as a string of block kinds: "T" for a run of text, "I" for an image.</summary>
internal static class BlockSequence
{
    /// <summary>The kinds of the blocks in order, consecutive text blocks merged into one "T"; other blocks are ignored.</summary>
    public static string Of(IEnumerable<AIContent> content)
    {
        var kinds = new System.Text.StringBuilder();
        foreach (var block in content)
        {
            if (ContentImages.IsImage(block))
            {
                kinds.Append('I');
            }
            else if (ContentImages.IsText(block) && (kinds.Length == 0 || kinds[^1] != 'T'))
            {
                kinds.Append('T');
            }
        }

        return kinds.ToString();
    }

    /// <summary>1 − edit distance / longer length, from 0 (nothing in common) to 1 (same shape; also when both are empty).</summary>
    public static double Similarity(string first, string second)
    {
        var longer = Math.Max(first.Length, second.Length);
        return longer == 0 ? 1 : 1 - ((double)Levenshtein(first, second) / longer);
    }

    /// <summary>Minimum number of single-character insertions, deletions and substitutions turning one string into the other.</summary>
    public static int Levenshtein(string first, string second)
    {
        var previous = new int[second.Length + 1];
        var current = new int[second.Length + 1];
        for (var j = 0; j <= second.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= first.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= second.Length; j++)
            {
                var substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Length];
    }
}
