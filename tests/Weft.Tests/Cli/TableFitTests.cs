using Spectre.Console;
using Weft.Cli.Output;

namespace Weft.Tests.Cli;

public sealed class TableFitTests
{
    [Fact]
    public void Write_TableWiderThanTheTerminal_SplitsItNeverBreakingAWord()
    {
        var (console, output) = Console(80);
        var table = new Table { Title = new TableTitle("Scores") };
        table.AddColumn("System");
        string[] headers = [.. Enumerable.Range(1, 9).Select(i => $"aspect_number_{i}")];
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        table.AddRow(["strong-system", .. headers.Select((_, i) => $"{i}.25 (1.10-4.90)")]);
        table.AddRow(["weak-system", .. headers.Select((_, i) => $"{i}.50 (0.00-3.00)")]);

        TableFit.Write(console, table);

        var text = output.ToString();
        var lines = text.Split('\n');
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= 80, line));
        Assert.All(headers, h => Assert.Contains(h, text, StringComparison.Ordinal));
        Assert.Contains("8.25 (1.10-4.90)", text, StringComparison.Ordinal);
        Assert.True(lines.Count(l => l.Contains("strong-system", StringComparison.Ordinal)) >= 2, "the label column is repeated in every part");
        Assert.Contains("(continued, 2 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TableThatFits_IsWrittenAsOneTable()
    {
        var (console, output) = Console(80);
        var table = new Table();
        table.AddColumn("System");
        table.AddColumn("TQ");
        table.AddColumn("PQ");
        table.AddRow("strong", "3.2", "4.1");

        TableFit.Write(console, table);

        Assert.Single(output.ToString().Split('\n'), l => l.Contains("strong", StringComparison.Ordinal));
    }

    private static (IAnsiConsole Console, StringWriter Output) Console(int width)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return (console, output);
    }
}
