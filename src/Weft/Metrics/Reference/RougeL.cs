using System.Text;

namespace Weft.Metrics.Reference;

/// <summary>ROUGE-L: F-measure of the longest common subsequence of word tokens (Lin 2004), as Google's rouge-score computes it.</summary>
/// <remarks>
/// Tokens: the text is lowercased (invariant culture), every character that is not a letter or digit becomes a
/// space, and the pieces are the tokens; no stemming. For ASCII text this is rouge-score's default tokeniser; letters
/// and digits of other scripts are kept rather than dropped. P = LCS / output tokens, R = LCS / reference tokens,
/// F = (1 + β²)PR / (R + β²P) with β = 1 by default, i.e. 2PR / (P + R). Either side without tokens, or no common
/// token, gives 0.
/// </remarks>
internal static class RougeL
{
    public static double F1(string hypothesis, string reference, double beta = 1) =>
        FromTokens(Tokenize(hypothesis), Tokenize(reference), beta);

    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static double FromTokens(IReadOnlyList<string> hypothesis, IReadOnlyList<string> reference, double beta = 1)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beta);
        if (hypothesis.Count == 0 || reference.Count == 0)
        {
            return 0;
        }

        var lcs = LongestCommonSubsequence(hypothesis, reference);
        if (lcs == 0)
        {
            return 0;
        }

        var precision = (double)lcs / hypothesis.Count;
        var recall = (double)lcs / reference.Count;
        var b2 = beta * beta;
        return (1 + b2) * precision * recall / (recall + (b2 * precision));
    }

    public static int LongestCommonSubsequence(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var previous = new int[second.Count + 1];
        var current = new int[second.Count + 1];
        for (var i = 1; i <= first.Count; i++)
        {
            for (var j = 1; j <= second.Count; j++)
            {
                current[j] = string.Equals(first[i - 1], second[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Count];
    }
}
