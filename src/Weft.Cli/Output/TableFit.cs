using Spectre.Console;
using Spectre.Console.Rendering;

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
            Math.Max(c.Header.Measure(options, int.MaxValue).Max, rows.Count == 0 ? 0 : rows.Max(r => r[j].Measure(options, int.MaxValue).Max)) + ColumnOverhead).ToArray();
        var parts = Split(widths, width);
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

    // Columns after the first, in order, grouped so that each group beside the first column fits the width.
    internal static List<List<int>> Split(IReadOnlyList<int> widths, int width)
    {
        var parts = new List<List<int>>();
        var current = new List<int>();
        var used = widths[0] + 1;
        for (var j = 1; j < widths.Count; j++)
        {
            if (current.Count > 0 && used + widths[j] > width)
            {
                parts.Add(current);
                current = [];
                used = widths[0] + 1;
            }

            current.Add(j);
            used += widths[j];
        }

        parts.Add(current);
        return parts;
    }
}
