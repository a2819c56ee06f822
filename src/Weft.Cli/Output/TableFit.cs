using Spectre.Console;
using Spectre.Console.Rendering;
using Weft.Text;

namespace Weft.Cli.Output;

/// <summary>
/// Writes a table that fits the terminal: a table wider than the console is split into several tables, each repeating
/// the first (label) column with as many of the other columns as fit, instead of letting every cell wrap mid-word.
/// Redirected output has no width limit (<see cref="CliConsole.UnwrappedWidth"/>), so it is never split.
/// </summary>
internal static class TableFit
{
    // A column's share of borders and padding: one border line and a space either side.
    private const int ColumnOverhead = 3;

    // The table's own closing border.
    private const int ClosingBorder = 1;

    public static void Write(IAnsiConsole console, Table table)
    {
        var width = console.Profile.Width;
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        if (table.Columns.Count <= 2 || ((IRenderable)table).Measure(options, int.MaxValue).Max <= width)
        {
            console.Write(table);
            return;
        }

        var rows = table.Rows.Select(r => r.ToList()).ToList();
        var widths = table.Columns.Select((c, j) =>
            Math.Max(c.Header.Measure(options, int.MaxValue).Max, rows.Count == 0 ? 0 : rows.Max(r => r[j].Measure(options, int.MaxValue).Max))).ToArray();
        var parts = ColumnGroups.Split(widths, width - ClosingBorder - ColumnOverhead, ColumnOverhead);
        for (var k = 0; k < parts.Count; k++)
        {
            var part = new Table { Border = table.Border, ShowHeaders = table.ShowHeaders };
            if (table.Title is { } title)
            {
                part.Title = new TableTitle(k == 0 ? title.Text : $"{title.Text} (continued, {k + 1} of {parts.Count})", title.Style);
            }

            int[] columns = [0, .. parts[k]];
            foreach (var j in columns)
            {
                var source = table.Columns[j];
                part.AddColumn(new TableColumn(source.Header) { Alignment = source.Alignment, NoWrap = source.NoWrap, Padding = source.Padding, Width = source.Width });
            }

            foreach (var row in rows)
            {
                part.AddRow(columns.Select(j => row[j]));
            }

            console.Write(part);
        }
    }
}
