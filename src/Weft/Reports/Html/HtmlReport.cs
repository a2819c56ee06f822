using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Content;
using Weft.Text;

namespace Weft.Reports.Html;

/// <summary>
/// Writes a run's report as one self-contained HTML page: leaderboard, charts, task heatmap, run metadata and every
/// instance with each system's output and the judge's verdicts, images embedded as data URIs, no network request.
/// </summary>
public static class HtmlReport
{
    private static readonly JsonSerializerOptions PayloadJson = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Writes the page to <paramref name="writer"/> as it goes; images are encoded in parallel (see <paramref name="options"/>, default <see cref="HtmlReportOptions"/>).</summary>
    public static async Task WriteAsync(HtmlReportData data, TextWriter writer, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= new HtmlReportOptions();
        options.Validate();
        var report = data.Report;
        var systems = report.Systems.Select(s => s.System).ToList();

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlText.Encode(HtmlAssets.ContentSecurityPolicy)}\">");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.Write($"<title>Weft report – {HtmlText.Encode(report.Run.Benchmark)}</title><style>{HtmlAssets.Style}</style></head>\n<body>");
        writer.Write($"<header><h1>Weft report</h1><p>{HtmlText.Encode(report.Run.Benchmark)} · judge {HtmlText.Encode(report.Run.Judge)} · {HtmlText.Count(data.Instances.Count)} {Plural.Noun(data.Instances.Count, "instance")} · {HtmlText.Count(systems.Count)} {Plural.Noun(systems.Count, "system")}</p>");
        var reference = ReportTables.HasReferenceMetrics(report);
        writer.Write("<nav><a href=\"#leaderboard\">Leaderboard</a> <a href=\"#charts\">Charts</a> <a href=\"#heatmap\">Tasks</a> <a href=\"#metrics\">Heuristics</a> ");
        writer.Write(reference ? "<a href=\"#reference\">Reference</a> " : string.Empty);
        writer.Write("<a href=\"#run\">Run</a> <a href=\"#instances\">Instances</a></nav></header>\n");

        writer.Write($"<section id=\"leaderboard\"><h2>Leaderboard</h2><p>{HtmlText.Encode(ReportTables.ScoresIntro(report))} Click a cell to see its instances.</p>");
        HtmlLeaderboard.Write(report, writer);
        writer.Write("</section>\n<section id=\"charts\"><h2>Scores per aspect</h2><div class=\"charts\">");
        HtmlCharts.Write(report, writer);
        writer.Write("</div></section>\n<section id=\"heatmap\"><h2>Tasks × aspects</h2>");
        HtmlHeatmap.Write(report, writer);
        writer.Write($"</section>\n<section id=\"metrics\"><h2>{HtmlText.Encode(ReportTables.MetricsHeading)}</h2>");
        HtmlMetricsTable.Write(report, writer, referenceBased: false);
        if (reference)
        {
            writer.Write($"</section>\n<section id=\"reference\"><h2>{HtmlText.Encode(ReportTables.ReferenceHeading)}</h2>");
            HtmlMetricsTable.Write(report, writer, referenceBased: true);
        }

        writer.Write("</section>\n<section id=\"run\"><h2>Run</h2>");
        HtmlRunMetadata.Write(report, writer);
        writer.Write("</section>\n");

        var catalog = new HtmlImageCatalog();
        await WriteInstancesAsync(data, systems, catalog, writer, cancellationToken);

        writer.Write("<dialog id=\"viewer\"><img alt=\"full-size image\"><p>Click or press Esc to close.</p></dialog>\n");
        writer.Write("<script type=\"application/json\" id=\"weft-data\">");
        writer.Write(JsonSerializer.Serialize(new { aspects = report.Aspects, systems }, PayloadJson));
        writer.Write($"</script>\n<script>{HtmlAssets.Script}</script>\n");

        // Images come last, after the page is usable: they are most of the file.
        await new HtmlImageWriter(options).WriteAsync(catalog, writer, cancellationToken);
        writer.Write("</body></html>\n");
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task WriteInstancesAsync(HtmlReportData data, List<string> systems, HtmlImageCatalog catalog, TextWriter writer, CancellationToken cancellationToken)
    {
        writer.Write("<section id=\"instances\"><h2>Instances</h2>");
        if (data.ContentProblem is not null)
        {
            writer.Write("<p class=\"badge err\">Texts and images are not shown: ");
            HtmlText.Write(writer, data.ContentProblem);
            writer.Write("</p>");
        }

        var tasks = data.Instances.Select(i => i.Task).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        HtmlFilters.Write(writer, tasks, systems, data.Report.Aspects, data.Report.Span());
        var present = data.Outputs.ToDictionary(o => (o.System, o.InstanceId), o => o.Present);
        var content = data.Content?.Benchmark.Instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        writer.Write("<div id=\"cards\">");
        for (var i = 0; i < data.Instances.Count; i++)
        {
            var row = data.Instances[i];
            var views = new List<HtmlOutputView>(systems.Count);
            foreach (var system in systems)
            {
                var key = (system, row.Id);
                if (!present.TryGetValue(key, out var has))
                {
                    continue;
                }

                SystemOutput? output = null;
                data.Content?.Outputs.TryGetValue(key, out output);
                views.Add(new HtmlOutputView(
                    system, has, output, data.Items.GetValueOrDefault(key), data.Verdicts.TryGetValue(key, out var verdicts) ? verdicts : [],
                    data.Refines.GetValueOrDefault(key)));
            }

            HtmlInstanceView.Write(writer, i, row, content?.GetValueOrDefault(row.Id), views, catalog.Id, data.Report.Scale);
            if (i % 64 == 63)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.Write("</div></section>\n");
    }
}
