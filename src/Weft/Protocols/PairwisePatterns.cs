using System.Text.RegularExpressions;

namespace Weft.Protocols;

/// <summary>The text shapes a pairwise verdict takes in a reply; see docs/arena-judge.md for the list.</summary>
internal static partial class PairwisePatterns
{
    // A side: "Response 1", "output b", "Assistant A", or a bare capital A/B standing alone (a lowercase bare "a"
    // is the article far more often than a side).
    private const string Side = @"(?:(?i:response|output|answer|assistant|option|candidate|model)\s*#?\s*(?<s>[ABab12])|(?<s>[AB]))(?![\w'’])";

    private const string Lean = @"(?i:lean\w*|slight\w*|favou?r\w*|toward\w*|edge|tilt\w*|marginal\w*|tip\w*)";

    /// <summary>A side at the start of a value ("Response 2 (the second one)", "B.").</summary>
    [GeneratedRegex(@"^\s*(?i:the\s+)?" + Side)]
    public static partial Regex LeadingSide();

    /// <summary>"first" or "second" at the start of a value.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?(?<o>first|second)\b", RegexOptions.IgnoreCase)]
    public static partial Regex LeadingOrdinal();

    /// <summary>A value that is a tie, with what follows it ("tie, slightly B", "Tie (Response 1)").</summary>
    [GeneratedRegex(@"^\s*(?:it'?s\s+)?(?:a\s+)?(?:tie|draw)\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex LeadingTie();

    /// <summary>Any side, anywhere.</summary>
    [GeneratedRegex(@"(?<![\w])" + Side)]
    public static partial Regex AnySide();

    /// <summary>A lowercase bare side inside parentheses, as in "tie (a)".</summary>
    [GeneratedRegex(@"\(\s*(?<s>[abAB12])\s*\)")]
    public static partial Regex BracketedSide();

    /// <summary>A labelled verdict: "Winner: B", "Final verdict - Tie(A)", "The better response is 2".</summary>
    [GeneratedRegex(@"\b(?:(?:final|overall|my)\s+)?(?:verdict|winner|decision|choice|preference|better\s+(?:response|one|output|answer)|preferred\s+(?:response|one|output))\b[*_`\s]*(?::|=|–|—|\bis\b)[*_`\s]*(?<v>[^\n]+)", RegexOptions.IgnoreCase)]
    public static partial Regex Labelled();

    /// <summary>A verdict in double brackets, as some judge prompts ask: "[[A]]", "[[Tie(B)]]".</summary>
    [GeneratedRegex(@"\[\[(?<v>[^\]\n]{1,24})\]\]")]
    public static partial Regex DoubleBracketed();

    /// <summary>"Tie(A)", "tie leaning to B", "a tie, slightly favouring Response 1".</summary>
    [GeneratedRegex(@"\b(?i:tie|tied|draw)\b(?:\s*\(\s*(?<b>[abAB12])\s*\)|[^\n.;]{0,40}?\b" + Lean + @"\b[^\n.;]{0,25}?(?<![\w])" + Side + ")")]
    public static partial Regex LeaningTie();

    /// <summary>"A is better", "Response 2 is clearly superior", "B wins", "Output 1 outperforms"; "slightly better" is captured in the group m.</summary>
    [GeneratedRegex(@"(?<!\b(?i:nor|neither|not|if)\s)(?<![\w])" + Side + @"\s+(?:(?i:is|was|seems|appears|looks|remains|would\s+be)\s+)?(?:(?i:to\s+be)\s+)?(?:(?i:clearly|much|somewhat|significantly|noticeably|far|definitely|overall|the|a)\s+)*(?:(?<m>(?i:slightly|marginally|a\s+bit|a\s+little))\s+)?(?i:better|superior|stronger|preferred|preferable|the\s+winner|winner|best|wins|outperforms|beats|comes\s+out\s+ahead)\b")]
    public static partial Regex Win();

    /// <summary>"I prefer Response 1", "I choose B", "go with Output A".</summary>
    [GeneratedRegex(@"\b(?i:prefer|choose|pick|select|go\s+with|recommend)\s+" + Side)]
    public static partial Regex Preference();

    /// <summary>A tie with no side: "it's a tie", "they are equally good".</summary>
    [GeneratedRegex(@"\b(?:it(?:'s|’s|\s+is)\s+a\s+(?:tie|draw)|(?:both|they)\s+(?:responses\s+)?(?:are\s+)?(?:tied|equally\s+good))\b", RegexOptions.IgnoreCase)]
    public static partial Regex PlainTie();

    /// <summary>Markup around a short value: quotes, emphasis, brackets and trailing punctuation.</summary>
    [GeneratedRegex(@"^[\s*_`""'“”‘’\[\]>#:-]+|[\s*_`""'“”‘’\[\].!,;:]+$")]
    public static partial Regex Wrapping();
}
