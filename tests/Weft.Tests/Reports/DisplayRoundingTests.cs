using System.Globalization;
using System.Text;
using Weft.Analysis;
using Weft.Cli;
using Weft.Meta;
using Weft.Protocols;
using Weft.Reports;
using Weft.Reports.Html;
using Weft.Scores;
using Weft.Tests.Analysis;
using CliReportTable = Weft.Cli.Output.ReportTable;

namespace Weft.Tests.Reports;

public sealed class DisplayRoundingTests
{
    [Theory]
    [InlineData(2.125, 2, "2.13")]
    [InlineData(-2.125, 2, "-2.13")]
    [InlineData(0.125, 2, "0.13")]
    [InlineData(2.675, 2, "2.68")]
    [InlineData(1.005, 2, "1.01")]
    [InlineData(2.1249999999999996, 2, "2.13")]
    [InlineData(2.1244, 2, "2.12")]
    [InlineData(-0.001, 2, "0.00")]
    [InlineData(0.1235, 3, "0.124")]
    [InlineData(1499.95, 1, "1500.0")]
    [InlineData(3.0, 0, "3")]
    public void Fixed_RoundsHalfAwayFromZeroOnTheDecimalValue(double value, int decimals, string expected) =>
        Assert.Equal(expected, DisplayRounding.Fixed(value, decimals));

    [Fact]
    public void Mean2125_IsTheSameInTableTextMarkdownAndHtml_AndUnroundedInCsvAndJson()
    {
        var report = Report(2.125);

        foreach (var (format, text) in new[] { ("table", Table(report)), ("text", Text(report)), ("md", Markdown(report)), ("html", Html(report)) })
        {
            Assert.True(text.Contains("2.13", StringComparison.Ordinal), $"{format} shows 2.125 as 2.13:\n{text}");
            Assert.False(text.Contains("2.12", StringComparison.Ordinal), $"{format} never shows 2.12:\n{text}");
        }

        Assert.Contains(",2.125,", Csv(report), StringComparison.Ordinal);
        Assert.Contains("2.125", Json(report), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherReports_UseTheSameRule()
    {
        Assert.Equal("0.124", MetaText.Number(0.1235));
        Assert.Equal("2.13%", ArenaMarkdownReport.Percent(0.02125));
        Assert.Equal("2.5", ArenaMarkdownReport.Rank(2.45));
        Assert.Equal("3", ArenaMarkdownReport.Rank(3));

        // Item means 15 × 2 and one 3: the mean is exactly 2.0625, shown with three decimals.
        var scores = Enumerable.Range(0, 16)
            .SelectMany(i => OpeningCriteria.All.Select(c => new OpeningScore("i" + i.ToString(CultureInfo.InvariantCulture), "s", c, i == 0 ? 3 : 2, null, null)))
            .ToList();
        var table = OpeningSummaryWriter.Format(OpeningSummary.Summarize(scores), "table");
        Assert.Contains(" 2.063 [", table, StringComparison.Ordinal);
    }

    private static ScoreReport Report(double mean) => new(
        Some.Run("A"),
        ["text_quality"],
        [new SystemScores("A", [new AspectStats("text_quality", 8, mean, 1.875, 2.375, 0, 0)], mean, 8, 0, 0, 0)],
        [],
        [],
        0.95);

    private static string Table(ScoreReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CliReportTable.Write(CliConsole.Plain(writer, TextWriter.Null, _ => null).Out, report, new Weft.Runs.StoreTotals(0, 0, 0, 0, 0));
        return writer.ToString();
    }

    private static string Text(ScoreReport report) => Render(report, TextReport.Write);

    private static string Markdown(ScoreReport report) => Render(report, MarkdownReport.Write);

    private static string Csv(ScoreReport report) => Render(report, CsvReport.Write);

    private static string Html(ScoreReport report) => Render(report, HtmlLeaderboard.Write);

    private static string Json(ScoreReport report)
    {
        using var stream = new MemoryStream();
        JsonReport.Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Render(ScoreReport report, Action<ScoreReport, TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(report, writer);
        return writer.ToString();
    }
}
