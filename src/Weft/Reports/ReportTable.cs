namespace Weft.Reports;

/// <summary>Rows of text cells rendered either as a padded Markdown table or as a plain fixed-width table.</summary>
internal sealed class ReportTable(params ReportColumn[] columns)
{
    private readonly List<string[]> rows = [];

    public int RowCount => rows.Count;

    public void Add(params string[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"Expected {columns.Length} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
    }

    public void WriteMarkdown(TextWriter writer)
    {
        var cells = Prepare(ReportText.EscapeMarkdown);
        var widths = Widths(cells, minimum: 3);
        WriteMarkdownRow(writer, columns.Select(c => c.Header).ToArray(), widths);
        var rule = columns.Select((c, i) => c.AlignRight ? new string('-', widths[i] - 1) + ":" : new string('-', widths[i]));
        writer.Write("| " + string.Join(" | ", rule) + " |\n");
        foreach (var row in cells)
        {
            WriteMarkdownRow(writer, row, widths);
        }
    }

    public void WriteText(TextWriter writer)
    {
        var cells = Prepare(ReportText.EscapePlain);
        var widths = Widths(cells, minimum: 1);
        WriteTextRow(writer, columns.Select(c => c.Header).ToArray(), widths);
        WriteTextRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in cells)
        {
            WriteTextRow(writer, row, widths);
        }
    }

    private List<string[]> Prepare(Func<string, string> escape) =>
        [.. rows.Select(row => row.Select((cell, i) => columns[i].Verbatim ? cell : escape(cell)).ToArray())];

    private int[] Widths(List<string[]> cells, int minimum) =>
        [.. columns.Select((c, i) => Math.Max(minimum, cells.Select(row => row[i].Length).Append(c.Header.Length).Max()))];

    private void WriteMarkdownRow(TextWriter writer, string[] row, int[] widths) =>
        writer.Write("| " + string.Join(" | ", row.Select((cell, i) => Pad(cell, widths[i], columns[i].AlignRight))) + " |\n");

    private void WriteTextRow(TextWriter writer, string[] row, int[] widths) =>
        writer.Write(string.Join("  ", row.Select((cell, i) => Pad(cell, widths[i], columns[i].AlignRight))).TrimEnd() + "\n");

    private static string Pad(string cell, int width, bool right) => right ? cell.PadLeft(width) : cell.PadRight(width);
}
