using System.Text.Json;
using Weft.Meta;
using Weft.Meta.Statistics;

namespace Weft.Tests.Meta;

public sealed class MetaReportWriterTests
{
    private static readonly MetaOptions Fast = new() { BootstrapSamples = 100 };

    [Theory]
    [InlineData("table")]
    [InlineData("md")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("latex")]
    public void Render_DegenerateInputs_UndefinedWithReasonNeverNaN(string format)
    {
        // Constant human scores, and only two systems rated: constant, n < 3 and alpha without variation all appear.
        var ratings = MetaRuns.Ratings().Where(r => r.System is "S1" or "S2").Select(r => r with { Score = 1 }).ToList();
        var report = MetaEvaluation.Run(MetaRuns.Run(), ratings, Fast);

        var text = MetaReportWriter.Render(report, format);

        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", text, StringComparison.Ordinal);
        Assert.Contains(Correlation.ConstantHuman, text, StringComparison.Ordinal);
        Assert.Contains(Correlation.TooFew.Replace("<", format == "latex" ? "\\textless{}" : "<", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.Contains(Krippendorff.NoVariation, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("md")]
    public void Render_Text_ShowsRowsFootnotesAndIntervals(string format)
    {
        var ratings = MetaRuns.Ratings().Where(r => r.System is "S1" or "S2").ToList();
        var report = MetaEvaluation.Run(MetaRuns.Run(), ratings, Fast);

        var text = MetaReportWriter.Render(report, format);

        Assert.Contains("Weft judge (gpt-4o)", text, StringComparison.Ordinal);
        Assert.Contains("Human (leave-one-out)", text, StringComparison.Ordinal);
        Assert.Contains("TQ r", text, StringComparison.Ordinal);
        Assert.Matches(@"-?\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\]", text);
        Assert.Contains("—[", text, StringComparison.Ordinal);
        Assert.Contains("] undefined: ", text, StringComparison.Ordinal);
        Assert.Contains("α ordinal", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Json_NullValueWithReasonAndFullNumbers()
    {
        var ratings = MetaRuns.Ratings().Where(r => r.System is "S1" or "S2").ToList();
        var report = MetaEvaluation.Run(MetaRuns.Run(), ratings, Fast);

        using var json = JsonDocument.Parse(MetaReportWriter.Render(report, "json"));

        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("weft_meta_version").GetInt32());
        var system = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("level").GetString() == "system");
        var pearson = system.GetProperty("rows")[0].GetProperty("cells")[0].GetProperty("pearson");
        Assert.Equal(JsonValueKind.Null, pearson.GetProperty("value").ValueKind);
        Assert.Equal("n < 3", pearson.GetProperty("undefined_reason").GetString());
        var instance = root.GetProperty("tables")[0].GetProperty("rows")[0].GetProperty("cells")[0];
        var expected = report.Tables[0].Rows[0].Cells[0].Kendall.Point.Value!.Value;
        Assert.Equal(expected, instance.GetProperty("kendall").GetProperty("value").GetDouble());
        Assert.Equal(100, instance.GetProperty("kendall").GetProperty("ci").GetProperty("samples").GetInt32());
        Assert.Equal(20, instance.GetProperty("coverage").GetProperty("used").GetInt32());
        Assert.Equal("overall", root.GetProperty("aspects")[5].GetString());
        Assert.Equal(3, root.GetProperty("reliability")[0].GetProperty("raters").GetInt32());
    }

    [Fact]
    public void Render_Latex_UsesBooktabsAndMulticolumn()
    {
        var report = MetaEvaluation.Run(MetaRuns.Run(), MetaRuns.Ratings(), Fast);

        var text = MetaReportWriter.Render(report, "latex");

        Assert.Contains("\\toprule", text, StringComparison.Ordinal);
        Assert.Contains("\\midrule", text, StringComparison.Ordinal);
        Assert.Contains("\\bottomrule", text, StringComparison.Ordinal);
        Assert.Contains("\\multicolumn{3}{c}{TQ}", text, StringComparison.Ordinal);
        Assert.Contains("\\cmidrule(lr){2-4}", text, StringComparison.Ordinal);
        Assert.Contains("$r$ & $\\rho$ & $\\tau$", text, StringComparison.Ordinal);
        Assert.Contains("\\begin{tabular}{l" + new string('c', 18) + "}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ρ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_SpecialCharacters_Escaped()
    {
        Assert.Equal("a\\_b \\& 50\\% \\$x\\$ \\#1 \\{\\} \\textasciitilde{}", MetaLatex.Escape("a_b & 50% $x$ #1 {} ~"));
    }

    [Fact]
    public void Render_Csv_OneLinePerStatisticWithHeader()
    {
        var report = MetaEvaluation.Run(MetaRuns.Run(), MetaRuns.Ratings(), Fast);

        var lines = MetaReportWriter.Render(report, "csv").TrimEnd('\n').Split('\n');

        Assert.StartsWith("level,metric,label,aspect,statistic,value,n,ci_low,ci_high", lines[0], StringComparison.Ordinal);

        // 2 levels × 2 rows (judge, human) × 6 aspects × 3 statistics, then 6 aspects × 3 reliability statistics.
        Assert.Equal(1 + 72 + 18, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("instance,judge,Weft judge (gpt-4o),text_quality,pearson,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("reliability,human,Human raters,overall,alpha_ordinal,", StringComparison.Ordinal));
    }
}
