using System.Globalization;
using System.Text;
using Weft.Arena;
using Weft.Files;

namespace Weft.Reports;

/// <summary>Renders arena results as RFC 4180 CSV (CRLF rows, full-precision numbers, empty cells for undefined values).</summary>
public static class ArenaCsvReport
{
    /// <summary>One row per system (the win matrix is in the JSON and Markdown outputs).</summary>
    public static string Render(WinRateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Row(text, "system", "matches", "wins", "losses", "ties_won", "ties_lost", "ties", "fdt", "without_ties", "ties_as_zero", "ties_as_half");
        foreach (var s in report.Systems)
        {
            Row(text, s.System, Count(s.Matches), Count(s.Wins), Count(s.Losses), Count(s.TiesWon), Count(s.TiesLost), Count(s.Ties),
                Number(s.Fdt.Value), Number(s.WithoutTies.Value), Number(s.TiesAsZero.Value), Number(s.TiesAsHalf.Value));
        }

        return text.ToString();
    }

    /// <summary>One row per subset: all shared battles, then (with a split) those involving the listed systems and the rest.</summary>
    public static string Render(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Row(text, "subset", "battles", "fdt_agreements", "fdt", "fdt_kappa", "with_tie_agreements", "with_tie", "with_tie_kappa",
            "without_tie_battles", "without_tie_agreements", "without_tie");
        Agreement(text, "all", report.All);
        if (report.Involving is not null && report.Rest is not null)
        {
            Agreement(text, "involving", report.Involving);
            Agreement(text, "rest", report.Rest);
        }

        return text.ToString();
    }

    /// <summary>One row per system, best first.</summary>
    public static string Render(RankingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Row(text, "rank", "system", "elo", "elo_low", "elo_high", "rank_low", "rank_high", "matches");
        foreach (var s in report.Systems)
        {
            Row(text, Count(s.Rank), s.System, Number(s.Elo), Number(s.EloLow), Number(s.EloHigh), Number(s.RankLow), Number(s.RankHigh), Count(s.Matches));
        }

        return text.ToString();
    }

    private static void Agreement(StringBuilder text, string subset, AgreementStats s) =>
        Row(text, subset, Count(s.Battles), Count(s.FdtAgreements), Number(s.Fdt), Number(s.FdtKappa), Count(s.WithTieAgreements),
            Number(s.WithTie), Number(s.WithTieKappa), Count(s.WithoutTieBattles), Count(s.WithoutTieAgreements), Number(s.WithoutTie));

    private static void Row(StringBuilder text, params string[] fields) => text.Append(CsvTable.Render("\r\n", t => t.Row(fields)));

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
