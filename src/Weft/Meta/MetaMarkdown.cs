using System.Text;
using Weft.Text;

namespace Weft.Meta;

/// <summary>
/// Renders a meta report as Markdown tables or as aligned plain-text tables (same cells): per level one row per metric
/// and one column group per aspect, then coverage and reliability; undefined values are "—[n]" with the reasons listed.
/// </summary>
internal static class MetaMarkdown
{
    public static string Render(MetaReport report, bool markdown, int width = int.MaxValue)
    {
        var text = new StringBuilder();
        Heading(text, markdown, $"Meta-evaluation of {report.Run.Judge} against human ratings");
        text.Append(MetaReportWriter.Preamble(report)).Append("\n\n");
        foreach (var table in report.Tables)
        {
            var notes = new MetaFootnotes();
            Heading(text, markdown, MetaText.LevelTitle(table.Level));
            List<string> header = ["Metric", .. report.Aspects.SelectMany(a => MetaText.Kinds.Select(k => $"{MetaText.ShortAspect(a)} {MetaText.Symbol(k)}"))];
            var rows = table.Rows.Select(row => (IReadOnlyList<string>)[row.Label, .. row.Cells.SelectMany(c => MetaText.Kinds.Select(k => MetaText.Cell(c.Get(k), notes, Marker)))]).ToList();
            Grid(text, markdown, header, rows, width);
            Notes(text, notes);

            text.Append("Outputs used/N/A/judge errors/no human rating:\n\n");
            Grid(text, markdown, ["Metric", .. report.Aspects.Select(MetaText.ShortAspect)],
                [.. table.Rows.Where(r => r.Kind != MetaRowKind.HumanCeiling).Select(r => (IReadOnlyList<string>)[r.Label, .. r.Cells.Select(c => MetaText.Coverage(c.Coverage))])], width);
            text.Append('\n');
        }

        var reliabilityNotes = new MetaFootnotes();
        Heading(text, markdown, "Inter-rater reliability");
        Grid(text, markdown, ["Aspect", "α interval", "α ordinal", "Mean pairwise ρ", "Pairs skipped", "Raters", "Units"],
            [.. report.Reliability.Select(r => (IReadOnlyList<string>)
            [
                MetaText.ShortAspect(r.Aspect),
                MetaText.Value(r.AlphaInterval, reliabilityNotes, Marker),
                MetaText.Value(r.AlphaOrdinal, reliabilityNotes, Marker),
                MetaText.Value(r.MeanPairwiseSpearman, reliabilityNotes, Marker),
                MetaText.Invariant(r.PairsSkipped),
                MetaText.Invariant(r.Raters),
                MetaText.Invariant(r.Units),
            ])], width);
        Notes(text, reliabilityNotes);
        return text.ToString();
    }

    private static string Marker(string reason, int number) => $"[{MetaText.Invariant(number)}]";

    private static void Heading(StringBuilder text, bool markdown, string title)
    {
        text.Append(markdown ? "## " + title : title + "\n" + new string('=', title.Length)).Append("\n\n");
    }

    private static void Notes(StringBuilder text, MetaFootnotes notes)
    {
        for (var i = 0; i < notes.Reasons.Count; i++)
        {
            text.Append('[').Append(MetaText.Invariant(i + 1)).Append("] undefined: ").Append(notes.Reasons[i]).Append('\n');
        }

        text.Append('\n');
    }

    private static void Grid(StringBuilder text, bool markdown, IReadOnlyList<string> header, List<IReadOnlyList<string>> rows, int width = int.MaxValue)
    {
        if (markdown)
        {
            text.Append("| ").AppendJoin(" | ", header.Select(Escape)).Append(" |\n");
            text.Append('|').AppendJoin('|', header.Select((_, i) => i == 0 ? " --- " : " ---: ")).Append("|\n");
            foreach (var row in rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
            }

            text.Append('\n');
            return;
        }

        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();

        // Wider than the terminal: several grids, each the metric column and as many others as fit (2 spaces apart).
        foreach (var group in ColumnGroups.Split(widths, width, gap: 2))
        {
            int[] columns = [0, .. group];
            string Line(IReadOnlyList<string> cells) =>
                string.Join("  ", columns.Select(i => i == 0 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]))).TrimEnd();
            text.Append(Line(header)).Append('\n');
            text.Append(string.Join("  ", columns.Select(i => new string('-', widths[i])))).Append('\n');
            foreach (var row in rows)
            {
                text.Append(Line(row)).Append('\n');
            }

            text.Append('\n');
        }
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
