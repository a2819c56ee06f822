using System.Globalization;
using System.Text;
using Weft.Analysis;
using Weft.Arena;
using Weft.Text;

namespace Weft.Reports;

/// <summary>Renders arena results as Markdown tables: rates as percentages with two decimals, undefined values as "–".</summary>
public static class ArenaMarkdownReport
{
    /// <summary>The per-system win rates, then the win matrix (row's FDT win share against the column, battles in parentheses).</summary>
    public static string Render(WinRateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Win rates ({Plural.Count(report.Verdicts, "verdict")})\n\n");
        Row(text, "System", "matches", "wins", "losses", "ties won", "ties lost", "ties", "FDT", "w/o ties", "ties=0", "ties=0.5");
        Row(text, "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
        foreach (var s in report.Systems)
        {
            Row(text, ReportText.EscapeMarkdown(s.System), Count(s.Matches), Count(s.Wins), Count(s.Losses), Count(s.TiesWon), Count(s.TiesLost),
                Count(s.Ties), Percent(s.Fdt.Value), Percent(s.WithoutTies.Value), Percent(s.TiesAsZero.Value), Percent(s.TiesAsHalf.Value));
        }

        text.Append("\n## Win matrix (row's FDT win share against column, battles)\n\n");
        var names = report.Systems.Select(s => s.System).ToList();
        Row(text, ["", .. names.Select(ReportText.EscapeMarkdown)]);
        Row(text, ["---", .. names.Select(_ => "---:")]);
        foreach (var row in names)
        {
            Row(text, [ReportText.EscapeMarkdown(row), .. names.Select(column => Cell(report, row, column))]);
        }

        return text.ToString();
    }

    /// <summary>The agreement of the candidate with the reference, per subset.</summary>
    public static string Render(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Agreement with the reference\n\nShared battles: {report.All.Battles}; only in the reference: {report.OnlyInReference}; only in the candidate: {report.OnlyInCandidate}.\n\n");
        Row(text, "Battles", "n", "FDT", "κ (FDT)", "with ties", "κ (3 classes)", "n w/o ties", "w/o ties");
        Row(text, "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
        Agreement(text, "all", report.All);
        if (report.Involving is not null && report.Rest is not null && report.SplitSystems is not null)
        {
            Agreement(text, "involving " + string.Join(", ", report.SplitSystems.Select(ReportText.EscapeMarkdown)), report.Involving);
            Agreement(text, "the rest", report.Rest);
        }

        return text.ToString();
    }

    /// <summary>The Bradley–Terry ranking with its bootstrap intervals.</summary>
    public static string Render(RankingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Bradley–Terry ranking ({Plural.Count(report.Verdicts, "verdict")}, ties {(report.Ties == BradleyTerryTies.Half ? "half" : "fdt")}, {report.Bootstrap} bootstrap samples, seed {report.Seed})\n\n");
        Row(text, "Rank", "System", "Elo", "95% CI", "rank CI", "matches");
        Row(text, "---:", "---", "---:", "---:", "---:", "---:");
        foreach (var s in report.Systems)
        {
            Row(text, Count(s.Rank), ReportText.EscapeMarkdown(s.System), Elo(s.Elo), Interval(s.EloLow, s.EloHigh, Elo), Interval(s.RankLow, s.RankHigh, Rank), Count(s.Matches));
        }

        return text.ToString();
    }

    private static string Cell(WinRateReport report, string row, string column)
    {
        if (row == column)
        {
            return "";
        }

        var cell = report.Matrix.First(c => c.Row == row && c.Column == column);
        return cell.Battles == 0 ? ReportText.Undefined : $"{Percent(cell.Share)} ({Count(cell.Battles)})";
    }

    private static void Agreement(StringBuilder text, string label, AgreementStats s) =>
        Row(text, label, Count(s.Battles), Percent(s.Fdt), Kappa(s.FdtKappa), Percent(s.WithTie), Kappa(s.WithTieKappa), Count(s.WithoutTieBattles), Percent(s.WithoutTie));

    private static void Row(StringBuilder text, params string[] cells) => text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    private static string Interval(double? low, double? high, Func<double, string> format) =>
        low is { } l && high is { } h ? $"[{format(l)}, {format(h)}]" : ReportText.Undefined;

    internal static string Percent(double? value) => value is { } v ? DisplayRounding.Fixed(v * 100, 2) + "%" : ReportText.Undefined;

    internal static string Kappa(double? value) => value is { } v ? DisplayRounding.Fixed(v, 3) : ReportText.Undefined;

    internal static string Elo(double value) => DisplayRounding.Fixed(value, 1);

    internal static string Rank(double value) => DisplayRounding.Fixed(value, 1) is var text && text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
