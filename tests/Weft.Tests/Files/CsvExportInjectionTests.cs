using Weft.Analysis;
using Weft.Arena;
using Weft.Meta;
using Weft.Reports;
using Weft.Scores;
using Weft.Tests.Reports;

namespace Weft.Tests.Files;

/// <summary>Every CSV Weft writes goes through one writer, so a formula in a name or a comment never reaches a spreadsheet as one.</summary>
public sealed class CsvExportInjectionTests
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private const string Escaped = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"";

    [Fact]
    public void ScoreReport_FormulaSystem_Neutralised()
    {
        var report = SampleReport.Create();
        report = report with { Systems = [.. report.Systems.Select(s => s with { System = Formula })] };
        using var text = new StringWriter();

        CsvReport.Write(report, text);

        Assert.Contains("\r\nsystem," + Escaped + ",", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("," + Formula, text.ToString(), StringComparison.Ordinal);
        Assert.Contains(",-0.0012,", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ArenaReports_FormulaSystem_Neutralised()
    {
        var rate = new WinRate(0.5, null);
        var winRates = ArenaCsvReport.Render(new WinRateReport(2, [new SystemWinRates(Formula, 2, 1, 1, 0, 0, 0, rate, rate, rate, rate)], []));
        var ranking = ArenaCsvReport.Render(new RankingReport(2, BradleyTerryTies.Fdt, 0, 0, false, 0, [new SystemRanking(1, "@SUM(A1)", -12.5, null, null, null, null, 2)]));

        Assert.Contains("\r\n" + Escaped + ",2,", winRates, StringComparison.Ordinal);
        Assert.Contains("\r\n1,\"'@SUM(A1)\",-12.5,", ranking, StringComparison.Ordinal);
    }

    [Fact]
    public void OpeningSummary_FormulaSystem_Neutralised()
    {
        var interval = new MeanInterval(2, -0.5, null, null, 0.95);
        var summary = new OpeningSystemSummary(1, "+cmd", 2, [new OpeningCriterionSummary("Correctness", 1, interval, 0)], 1, 1, interval, 0);

        var text = OpeningSummaryWriter.Format([summary], "csv");

        Assert.Contains("\n1,\"'+cmd\",Correctness,2,0,1.00,-0.5,,\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HumanRatings_FormulaComment_Neutralised()
    {
        var text = HumanRatingWriter.ToCsv([new HumanRating("0001", "s1", "text_quality", "alice", 3, Formula)]);

        Assert.Equal("instance,system,aspect,rater,score,comment\n0001,s1,text_quality,alice,3," + Escaped + "\n", text);
    }
}
