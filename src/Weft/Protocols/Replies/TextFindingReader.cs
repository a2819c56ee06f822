using System.Text.RegularExpressions;

namespace Weft.Protocols.Replies;

/// <summary>Reads scores written as text: "Label: 4/5 – why", sections with a "Score: 4" line, and Markdown tables.</summary>
/// <remarks>
/// A bare "Score: N" belongs to the section it sits in (after a line that only names a criterion), or to the only
/// expected key; otherwise it is nobody's. The explanation is the rest of the line, else the lines between the section
/// heading and the score, else the paragraph after the score.
/// </remarks>
internal sealed class TextFindingReader(KeyResolver keys, ScoreScale scale)
{
    private readonly MarkdownTableReader tables = new(keys, scale);

    public void Read(string text, List<Finding> findings)
    {
        var lines = ReplyLines.Split(text);
        string? section = null;
        var sectionLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (string.IsNullOrWhiteSpace(line) || tables.TryRead(line, lines[i].Start, findings))
            {
                continue;
            }

            if (TryScoreLine(lines, i, section, sectionLine, findings))
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

    private bool TryScoreLine(List<ReplyLine> lines, int index, string? section, int sectionLine, List<Finding> findings)
    {
        var line = lines[index].Text;
        var match = TextPatterns.ScoreLine().Match(line);
        var trailing = !match.Success;
        if (trailing)
        {
            if (!MentionsScore(line))
            {
                return false;
            }

            match = TextPatterns.TrailingScoreLine().Match(line);
            if (!match.Success)
            {
                return false;
            }
        }

        var label = match.Groups["label"].Value;
        var known = keys.Known(label) ?? keys.Known(FieldNames.StripAffix(Markup.Strip(label), FieldNames.Score) ?? "");
        var fromSection = known is null && KeyResolver.IsGenericScoreLabel(label);
        var key = known is not null ? keys.Expected(known) : fromSection ? (section is null ? keys.Single : keys.Expected(section)) : null;
        if (key is null)
        {
            return false;
        }

        var explanation = Explanations.Clean(match.Groups["rest"].Value);
        if (explanation.Length == 0 && !trailing)
        {
            explanation = fromSection && section is not null && sectionLine >= 0
                ? Explanations.Between(lines, sectionLine + 1, index)
                : "";
            if (explanation.Length == 0)
            {
                explanation = Explanations.ParagraphAfter(lines, index, StartsSomethingElse);
            }
        }

        findings.Add(new Finding(key, ValueOf(line, match), explanation, lines[index].Start, false));
        return true;
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

    // A line that opens the next score or section ends the paragraph explaining the previous one.
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
