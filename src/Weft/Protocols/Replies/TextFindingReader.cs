using System.Text.RegularExpressions;

namespace Weft.Protocols.Replies;

/// <summary>Reads scores written as text: "Label: 4/5 – why", "TQ: 4, Help: 3", sections with a "Score: 4" line, and Markdown tables.</summary>
/// <remarks>
/// A bare "Score: N" (or a line starting with the score right under a heading) belongs to the section it sits in, after
/// a line that only names a criterion, or else to the only expected key; otherwise it is nobody's. The explanation is
/// the rest of the line, else the lines between the section heading and the score, else the lines right after the
/// score up to a blank line (a later paragraph may be about anything, so it is not taken).
/// </remarks>
internal sealed class TextFindingReader(KeyResolver keys, ScoreScale scale)
{
    private readonly MarkdownTableReader tables = new(keys, scale);
    private string? section;
    private int sectionLine = -1;

    public void Read(string text, List<Finding> findings)
    {
        var lines = ReplyLines.Split(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (string.IsNullOrWhiteSpace(line) || tables.TryRead(line, lines[i].Start, findings)
                || TryLabelledLine(lines, i, findings) || TrySectionScore(lines, i, findings) || TryInlinePairs(line, 0, lines[i].Start, findings) > 0)
            {
                continue;
            }

            var heading = TextPatterns.SectionHeading().Match(line);
            if (heading.Success && keys.Known(heading.Groups["label"].Value) is { } known)
            {
                (section, sectionLine) = (known, i);
            }
            else if (line.TrimStart().StartsWith('#'))
            {
                (section, sectionLine) = (null, -1);
            }
        }
    }

    private bool TryLabelledLine(List<ReplyLine> lines, int index, List<Finding> findings)
    {
        var line = lines[index].Text;
        var match = TextPatterns.ScoreLine().Match(line);
        var trailing = !match.Success;
        if (trailing && (!MentionsScore(line) || !(match = TextPatterns.TrailingScoreLine().Match(line)).Success))
        {
            return false;
        }

        var label = match.Groups["label"].Value;
        var known = keys.Known(label) ?? keys.Known(FieldNames.StripAffix(Markup.Strip(label), FieldNames.Score) ?? "");
        var generic = known is null && KeyResolver.IsGenericScoreLabel(label);
        var key = known is not null ? keys.Expected(known) : generic ? (section is null ? keys.Single : keys.Expected(section)) : null;
        if (key is null)
        {
            return false;
        }

        var rest = match.Groups["rest"];
        var more = trailing ? 0 : TryInlinePairs(line, rest.Index, lines[index].Start, findings);
        var explanation = more > 0 ? "" : trailing ? Explanations.CleanBeforeScore(rest.Value) : Explanations.Clean(rest.Value);
        if (explanation.Length == 0 && !trailing && more == 0)
        {
            explanation = generic && section is not null ? Explanations.Between(lines, sectionLine + 1, index) : "";
            if (explanation.Length == 0)
            {
                explanation = Explanations.LinesAfter(lines, index, StartsSomethingElse);
            }
        }

        findings.Add(new Finding(key, ValueOf(line, match), explanation, lines[index].Start, false));
        return true;
    }

    // "### Text quality" then "4/5 – clear" on the next non-blank line.
    private bool TrySectionScore(List<ReplyLine> lines, int index, List<Finding> findings)
    {
        if (section is null || keys.Expected(section) is not { } key)
        {
            return false;
        }

        var match = TextPatterns.BareScoreLine().Match(lines[index].Text);
        if (!match.Success || !LooksLikeAScoreAlone(match) || Explanations.Between(lines, sectionLine + 1, index).Length > 0)
        {
            return false;
        }

        var explanation = Explanations.Clean(match.Groups["rest"].Value);
        if (explanation.Length == 0)
        {
            explanation = Explanations.LinesAfter(lines, index, StartsSomethingElse);
        }

        findings.Add(new Finding(key, ValueOf(lines[index].Text, match), explanation, lines[index].Start, false));
        return true;
    }

    // Without a label, only an unmistakable score counts: "4/5 ...", "4 out of 5", "N/A", or a number alone or followed
    // by a dash or colon. "3 sentences are garbled", "1. The text..." and "3/4 of the steps" are explanations.
    private bool LooksLikeAScoreAlone(Match match)
    {
        if (match.Groups["na"].Success)
        {
            return true;
        }

        if (match.Groups["den"].Success)
        {
            return ScoreText.IsMaximum(match.Groups["den"].Value, scale);
        }

        var rest = match.Groups["rest"].Value.TrimStart(' ', '\t', '*', '_', '`');
        return rest.Length == 0 || rest[0] is '-' or '–' or '—' or ':';
    }

    private int TryInlinePairs(string line, int from, int position, List<Finding> findings)
    {
        var count = 0;
        for (var match = TextPatterns.InlinePair().Match(line, from); match.Success; match = match.NextMatch())
        {
            if (keys.Resolve(match.Groups["label"].Value) is { } key)
            {
                findings.Add(new Finding(key, ValueOf(line, match), "", position + match.Index, false));
                count++;
            }
        }

        return count;
    }

    private ScoreValue ValueOf(string line, Match match)
    {
        if (match.Groups["na"].Success)
        {
            return ScoreValue.NotApplicable();
        }

        var number = match.Groups["num"];
        var denominator = match.Groups["den"];
        var end = denominator.Success ? denominator.Index + denominator.Length : number.Index + number.Length;
        return ScoreText.FromParts(number.Value, denominator.Success ? denominator.Value : null, line[number.Index..end], scale);
    }

    // A line that opens the next score, section or JSON block ends the lines explaining the previous score.
    private bool StartsSomethingElse(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith('|') || trimmed.StartsWith('{') || trimmed.StartsWith('[') || trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return true;
        }

        var match = TextPatterns.ScoreLine().Match(line);
        if (match.Success && (keys.Known(match.Groups["label"].Value) is not null || KeyResolver.IsGenericScoreLabel(match.Groups["label"].Value)))
        {
            return true;
        }

        var heading = TextPatterns.SectionHeading().Match(line);
        return heading.Success && keys.Known(heading.Groups["label"].Value) is not null;
    }

    private static bool MentionsScore(string line) =>
        line.Contains("score", StringComparison.OrdinalIgnoreCase)
        || line.Contains("rating", StringComparison.OrdinalIgnoreCase)
        || line.Contains("grade", StringComparison.OrdinalIgnoreCase);
}
