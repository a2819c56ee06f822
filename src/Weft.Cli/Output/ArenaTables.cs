using System.Globalization;
using Spectre.Console;
using Weft.Arena;
using Weft.Reports;
using Weft.Text;

namespace Weft.Cli.Output;

/// <summary>Console tables of arena results.</summary>
internal static class ArenaTables
{
    public static void WinRates(IAnsiConsole console, WinRateReport report)
    {
        var table = Titled($"Win rates ({Plural.Count(report.Verdicts, "verdict")}), sorted by FDT");
        table.AddColumn("System");
        foreach (var column in new[] { "n", "W", "L", "TW", "TL", "T", "FDT", "w/o ties", "ties=0", "ties=½" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var s in report.Systems)
        {
            table.AddRow(
                Markup.Escape(s.System), Count(s.Matches), Count(s.Wins), Count(s.Losses), Count(s.TiesWon), Count(s.TiesLost), Count(s.Ties),
                $"[bold]{Percent(s.Fdt.Value)}[/]", Percent(s.WithoutTies.Value), Percent(s.TiesAsZero.Value), Percent(s.TiesAsHalf.Value));
        }

        TableFit.Write(console, table);
        console.MarkupLine("[grey]W/L wins/losses, TW/TL ties leaning to/away from the system, T plain ties. FDT counts a leaning tie for its side and a plain tie as half.[/]");

        var matrix = Titled("Win matrix: row's FDT win share against column (battles)");
        matrix.AddColumn(string.Empty);
        var names = report.Systems.Select(s => s.System).ToList();
        foreach (var name in names)
        {
            matrix.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }

        foreach (var row in names)
        {
            matrix.AddRow([Markup.Escape(row), .. names.Select(column => Cell(report, row, column))]);
        }

        TableFit.Write(console, matrix);
    }

    public static void Agreement(IAnsiConsole console, AgreementReport report)
    {
        var table = Titled("Agreement of the candidate with the reference");
        table.AddColumn("Battles");
        foreach (var column in new[] { "n", "FDT", "κ FDT", "with ties", "κ 3-class", "n w/o ties", "w/o ties" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        AgreementRow(table, "all", report.All);
        if (report.Involving is not null && report.Rest is not null && report.SplitSystems is not null)
        {
            AgreementRow(table, "involving " + string.Join(", ", report.SplitSystems), report.Involving);
            AgreementRow(table, "the rest", report.Rest);
        }

        TableFit.Write(console, table);
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"Reference {Plural.Count(report.ReferenceBattles, "battle")}, candidate {report.CandidateBattles:N0}; only in the reference {report.OnlyInReference:N0}, only in the candidate {report.OnlyInCandidate:N0}.")));
    }

    public static void Ranking(IAnsiConsole console, RankingReport report)
    {
        var ties = report.Ties == BradleyTerryTies.Half ? "half" : "fdt";
        var table = Titled($"Bradley–Terry ranking (ties {ties}, {report.Bootstrap:N0} bootstrap samples, seed {report.Seed})");
        table.AddColumn(new TableColumn("Rank").RightAligned());
        table.AddColumn("System");
        foreach (var column in new[] { "Elo", "95% CI", "rank CI", "n" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var s in report.Systems)
        {
            table.AddRow(
                Count(s.Rank), Markup.Escape(s.System), $"[bold]{ArenaMarkdownReport.Elo(s.Elo)}[/]",
                Interval(s.EloLow, s.EloHigh, ArenaMarkdownReport.Elo), Interval(s.RankLow, s.RankHigh, ArenaMarkdownReport.Rank), Count(s.Matches));
        }

        TableFit.Write(console, table);
        if (report.PriorUsed || report.PriorSamples > 0)
        {
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Some systems never won or never lost against the rest: a small prior kept strengths finite (full data: {(report.PriorUsed ? "yes" : "no")}, bootstrap samples: {report.PriorSamples:N0}).")));
        }
    }

    private static void AgreementRow(Table table, string label, AgreementStats s) => table.AddRow(
        Markup.Escape(label), Count(s.Battles), $"[bold]{Percent(s.Fdt)}[/]", ArenaMarkdownReport.Kappa(s.FdtKappa), Percent(s.WithTie),
        ArenaMarkdownReport.Kappa(s.WithTieKappa), Count(s.WithoutTieBattles), Percent(s.WithoutTie));

    private static string Cell(WinRateReport report, string row, string column)
    {
        if (row == column)
        {
            return string.Empty;
        }

        var cell = report.Matrix.First(c => c.Row == row && c.Column == column);
        return cell.Battles == 0 ? "–" : $"{Percent(cell.Share)} [grey]({Count(cell.Battles)})[/]";
    }

    private static string Interval(double? low, double? high, Func<double, string> format) =>
        low is { } l && high is { } h ? $"[grey][[{format(l)}, {format(h)}]][/]" : "–";

    private static string Percent(double? value) => Markup.Escape(ArenaMarkdownReport.Percent(value));

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static Table Titled(string title) => new() { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
}
