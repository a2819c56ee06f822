namespace Weft.Protocols.Replies;

/// <summary>Reads rows such as "| Text quality | 4 | Clear and fluent |" from Markdown tables.</summary>
/// <remarks>
/// The criterion is the first cell. The score column is the one whose header says score/rating (second by default);
/// the explanation column is the one whose header says explanation/justification/... (third by default).
/// A row whose score cell has no digit at all is not read, so a table in another layout reports "missing".
/// </remarks>
internal sealed class MarkdownTableReader(KeyResolver keys, ScoreScale scale)
{
    private int scoreColumn = 1;
    private int explanationColumn = 2;

    /// <summary>True when the line is a table row (read or not), so no other reading applies to it.</summary>
    public bool TryRead(string line, int position, List<Finding> findings)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|'))
        {
            return false;
        }

        var cells = trimmed.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
        if (cells.Length < 2 || cells.All(cell => cell.Trim('-', ':', ' ').Length == 0))
        {
            return true;
        }

        var key = keys.Expected(keys.Known(cells[0]));
        if (key is null)
        {
            ReadHeader(cells);
            return true;
        }

        if (scoreColumn >= cells.Length)
        {
            return true;
        }

        var cell = Markup.Strip(cells[scoreColumn]);
        var value = ScoreText.FromString(cell, scale);
        if (value.Kind == ScoreValueKind.NotNumeric && !cell.Any(char.IsDigit))
        {
            return true;
        }

        var explanation = explanationColumn >= 0 && explanationColumn < cells.Length && explanationColumn != scoreColumn ? cells[explanationColumn] : "";
        findings.Add(new Finding(key, value, explanation, position, false));
        return true;
    }

    private void ReadHeader(string[] cells)
    {
        cells = [.. cells.Select(Markup.Strip)];
        var score = Array.FindIndex(cells, cell => FieldNames.IsOne(cell, FieldNames.Score) || KeyResolver.IsGenericScoreLabel(cell));
        if (score <= 0)
        {
            return;
        }

        scoreColumn = score;
        var explanation = Array.FindIndex(cells, cell => FieldNames.IsOne(cell, FieldNames.Explanation));
        explanationColumn = explanation > 0 ? explanation : -1;
    }
}
