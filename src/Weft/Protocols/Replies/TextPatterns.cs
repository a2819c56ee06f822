using System.Text.RegularExpressions;

namespace Weft.Protocols.Replies;

/// <summary>The line shapes in which judges write scores as text, compiled once at build time.</summary>
/// <remarks>
/// Runs of spaces and Markdown between tokens sit in atomic groups (?>...): a long run must be scanned once, not
/// re-split in every way, or a reply of padding would take quadratic time.
/// </remarks>
internal static partial class TextPatterns
{
    // List bullets, numbering, Markdown headings and quotes before a label: "- ", "2. ", "### ", "> ".
    private const string Lead = @"^(?>\s*(?:(?:[-*+•>]|\#{1,6}|\d{1,2}[.)])\s*)*[*_`""']*)";

    // A label starts with a letter and is short; the separator may be ':', '=', or a dash ("TIC - 2").
    private const string Label = @"(?<label>\p{L}[^:=|\n]{0,60}?)(?>[*_`""']*\s*)(?:[:=]|[-–—])(?>\s*[*_`]*\s*)";

    // "4", "-1", "4.5", "4/5", "4 out of 5", "4 (out of 5)", number words only with a denominator ("four out of five").
    // A denominator, when written, is never dropped. "Text quality: 0-5 scale" and "0 to 5" state a range, and
    // "0 = unreadable" echoes a rubric: neither is a score.
    private const string Score =
        @"(?<num>[+-]?\d+(?:\.\d+)?(?![\d\p{L}%]|\.\d)|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)(?=\s*(?:/|out\s+of)))" +
        @"(?:(?>[*_`]*\s*)(?:/|\(?(?>\s*)out\s+of)(?>\s*)(?<den>\d+(?:\.\d+)?|five|ten)(?![\d\p{L}%]|\.\d)(?:\s*\))?" +
        @"|(?!(?>[*_`]*\s*)(?:/|\(?(?>\s*)out\s+of))(?!\s*(?:[-–—~]|to)\s*\d)(?!\s*=))";

    // A score, possibly introduced by "score"/"rating", or "N/A".
    private const string Number =
        @"(?:(?:score|rating|grade)(?>\s*(?:[:=]|is|of)?\s*))?(?>[*_`]*)(?:(?<na>n\s*/\s*a\b|not\s+applicable\b)|" + Score + ")";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>"Text quality: 4/5 – clear", "**Helpfulness**: 3", "TIC - 2 out of 5", "Score: 4".</summary>
    [GeneratedRegex(Lead + Label + Number + @"(?<rest>.*)$", Options)]
    public static partial Regex ScoreLine();

    /// <summary>"Text quality: clear and fluent. Score: 4" — explanation first, as the judge is asked to write it.</summary>
    [GeneratedRegex(
        Lead + Label + @"(?<rest>.*?)\b(?:score|rating|grade)\b(?>\s*(?:[:=]|is|of)?\s*[*_`]*)" +
        @"(?<num>[+-]?\d+(?:\.\d+)?)(?:\s*(?:/|out\s+of)\s*(?<den>\d+(?:\.\d+)?))?[\s)\].!*_`]*$",
        Options)]
    public static partial Regex TrailingScoreLine();

    /// <summary>A line that starts with a score and names no criterion: "4/5 – clear", under a section heading.</summary>
    [GeneratedRegex(@"^(?>\s*(?:[-*+•>]\s*)*[*_`]*)" + Number + @"(?<rest>.*)$", Options)]
    public static partial Regex BareScoreLine();

    /// <summary>"label: score" pairs within a line: "TQ: 4, PQ: 3 and Help: 5", "scores: text_quality=4; helpfulness=3".</summary>
    [GeneratedRegex(
        @"(?:^|[,;:(]|\band\b)(?>\s*[*_`]*)(?<label>\p{L}[\p{L}\p{N} _\-]{0,40}?)(?>[*_`]*\s*)[:=](?>\s*)" + Number + @"[*_`]*(?=\s*(?:[,;.()]|and\b|$))",
        Options)]
    public static partial Regex InlinePair();

    /// <summary>A line that only names a criterion, opening a section: "### Text quality", "**Helpfulness:**", "2. TIC".</summary>
    [GeneratedRegex(@"^(?>\s*(?:(?:\#{1,6}|[-*+•]|\d{1,2}[.)])\s*)*[*_`]*)(?<label>\p{L}[^:|\n*`]{0,60}?)(?>[*_`]*\s*:?\s*[*_`]*\s*)$", Options)]
    public static partial Regex SectionHeading();

    /// <summary>"Explanation: ..." and its synonyms at the start of an explanation.</summary>
    [GeneratedRegex(@"^[*_`]*(?:explanation|justification|reason|reasoning|rationale|comment|comments|feedback)[*_`]*\s*[:\-–—]\s*[*_`]*\s*", Options)]
    public static partial Regex ExplanationLabel();

    /// <summary>Reasoning models' private thoughts, which are not the answer: &lt;think&gt;...&lt;/think&gt; or an unclosed &lt;think&gt;.</summary>
    [GeneratedRegex(@"<(?<tag>think|thinking|reasoning)>.*?(?:</\k<tag>>|\z)", Options | RegexOptions.Singleline)]
    public static partial Regex Thoughts();
}
