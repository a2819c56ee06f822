using System.Net;
using System.Text.RegularExpressions;
using Weft.Analysis;
using Weft.Reports.Html;

namespace Weft.Tests.Reports.Html;

public sealed partial class HtmlMetricsAndChartsTests
{
    private static readonly MetricStats[] Metrics =
    [
        new("alpha", "text.words", 4, 212.75, 150.0625, 275.4375),
        new("beta", "text.words", 4, 100, 90, 110),
        new("alpha", "ref.bleu4", 4, 0.25, 0.1, 0.4),
        new("beta", "ref.bleu4", 4, 0.5, null, null),
        new("alpha", "images.count", 4, 1, null, null),
        new("beta", "ref.ssim", 2, 0.75, null, null),
    ];

    [Fact]
    public async Task WriteAsync_ReferenceMetrics_OwnSectionNotAmongHeuristics()
    {
        var html = await RenderAsync(HtmlRun.Data());

        var heuristics = Section(html, "metrics");
        var reference = Section(html, "reference");
        Assert.Equal(["text.words", "images.count"], RowHeads(heuristics));
        Assert.Equal(["ref.bleu4", "ref.ssim"], RowHeads(reference));
        Assert.Contains(WebUtility.HtmlEncode(Weft.Reports.ReportTables.ReferenceHeading), reference, StringComparison.Ordinal);
        Assert.Contains("compare each output with its instance&#39;s reference answer", reference, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#reference\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NoReferenceMetrics_NoReferenceSection()
    {
        var data = HtmlRun.Data();
        var html = await HtmlRun.RenderAsync(data with { Report = data.Report with { Metrics = [.. Metrics.Where(m => !m.Metric.StartsWith("ref.", StringComparison.Ordinal))] } });

        Assert.DoesNotContain("id=\"reference\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#reference", html, StringComparison.Ordinal);
        Assert.Equal(["text.words", "images.count"], RowHeads(Section(html, "metrics")));
    }

    [Fact]
    public async Task WriteAsync_Heuristics_OneRowPerMetricAColumnPerSystem()
    {
        var html = await RenderAsync(HtmlRun.Data());

        var table = Section(html, "metrics");
        Assert.Equal(["Metric", "alpha", "beta"], HeaderCells(table));
        var rows = RowRegex().Matches(table).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["<b>212.75</b><small>[150.06, 275.44] · n 4</small>", "<b>100.00</b><small>[90.00, 110.00] · n 4</small>"], Cells(rows[0]));
        Assert.Equal(["<b>1.00</b><small>– · n 4</small>", "–"], Cells(rows[1]));
    }

    [Fact]
    public async Task WriteAsync_Charts_OneGroupedChartWithTheSystemsSideBySidePerAspect()
    {
        const string odd = "a<b>&\"c";
        var html = await RenderAsync(HtmlRun.Data(system: odd));

        var charts = Section(html, "charts");
        Assert.Equal(1, Regex.Count(charts, "<figure class=\"chart\""));
        Assert.Equal(1, Regex.Count(charts, "<svg"));
        Assert.Contains("<span class=\"swatch s0\"></span>a&lt;b&gt;&amp;&quot;c</li><li><span class=\"swatch s1\"></span>beta</li>", charts, StringComparison.Ordinal);
        Assert.DoesNotContain("a<b>", charts, StringComparison.Ordinal);
        var bars = BarRegex().Matches(charts).Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), System: m.Groups[2].Value, Aspect: m.Groups[3].Value)).ToList();

        // Per aspect (image coherence is N/A everywhere, so it has no bars): the first system's bar, then the second's right beside it, before the next aspect's.
        Assert.Equal(["text_quality", "perceptual_quality", "text_image_coherence", "helpfulness"], bars.Select(b => b.Aspect).Distinct());
        foreach (var aspect in bars.GroupBy(b => b.Aspect))
        {
            Assert.Equal(["a&lt;b&gt;&amp;&quot;c", "beta"], aspect.Select(b => b.System));
        }

        Assert.True(bars.Zip(bars.Skip(1)).All(pair => pair.First.X < pair.Second.X), "bars go left to right, group after group");
    }

    private static Task<string> RenderAsync(HtmlReportData data) =>
        HtmlRun.RenderAsync(data with { Report = data.Report with { Metrics = Metrics } });

    private static string Section(string html, string id)
    {
        var match = Regex.Match(html, $"<section id=\"{id}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no section {id}");
        return match.Groups[1].Value;
    }

    private static List<string> RowHeads(string section) =>
        [.. RowHeadRegex().Matches(section).Select(m => m.Groups[1].Value)];

    private static List<string> HeaderCells(string section) =>
        [.. HeaderRegex().Matches(Regex.Match(section, "<thead>(.*?)</thead>", RegexOptions.Singleline).Groups[1].Value).Select(m => m.Groups[1].Value)];

    private static List<string> Cells(string row) =>
        [.. CellRegex().Matches(row).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr><th scope=\"row\">[^<]*</th>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex("<th scope=\"row\">([^<]*)</th>")]
    private static partial Regex RowHeadRegex();

    [GeneratedRegex("<th[^>]*>([^<]*)</th>")]
    private static partial Regex HeaderRegex();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellRegex();

    [GeneratedRegex("<rect x=\"([0-9.]+)\"[^>]*data-system=\"([^\"]*)\" data-aspect=\"([^\"]*)\"")]
    private static partial Regex BarRegex();
}
