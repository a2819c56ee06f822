using Weft.Analysis;

namespace Weft.Reports.Html;

/// <summary>
/// Renders the offline heuristics, or the reference-based metrics, as one row per metric and one column per system, so
/// that systems compare along a row; each cell holds the mean, its confidence interval and n.
/// </summary>
internal static class HtmlMetricsTable
{
    public static void Write(ScoreReport report, TextWriter writer, bool referenceBased)
    {
        var metrics = ReportTables.MetricsOf(report, referenceBased).ToList();
        writer.Write($"<p>{HtmlText.Encode(referenceBased ? ReportTables.ReferenceIntro(report.ConfidenceLevel) : ReportTables.MetricsIntro(report.ConfidenceLevel))}</p>");
        if (metrics.Count == 0)
        {
            writer.Write($"<p>{ReportTables.NoRows}</p>\n");
            return;
        }

        // The report's systems in their order, then any system only the metrics know (none in a run, but the data allows it).
        var systems = report.Systems.Select(s => s.System).Concat(metrics.Select(m => m.System)).Distinct(StringComparer.Ordinal).ToList();
        var cells = metrics.ToDictionary(m => (m.Metric, m.System));
        writer.Write($"<table class=\"metrics\" data-kind=\"{(referenceBased ? "reference" : "heuristic")}\"><thead><tr><th>Metric</th>");
        foreach (var system in systems)
        {
            writer.Write($"<th scope=\"col\">{HtmlText.Encode(system)}</th>");
        }

        writer.Write("</tr></thead><tbody>\n");
        foreach (var metric in metrics.Select(m => m.Metric).Distinct(StringComparer.Ordinal))
        {
            writer.Write($"<tr><th scope=\"row\">{HtmlText.Encode(metric)}</th>");
            foreach (var system in systems)
            {
                if (!cells.TryGetValue((metric, system), out var m))
                {
                    writer.Write($"<td>{HtmlText.Encode(ReportText.Undefined)}</td>");
                    continue;
                }

                writer.Write($"<td><b>{HtmlText.Number(m.Mean)}</b><small>{HtmlText.Encode(ReportText.Interval(m.CiLow, m.CiHigh))} · n {HtmlText.Count(m.N)}</small></td>");
            }

            writer.Write("</tr>\n");
        }

        writer.Write("</tbody></table>\n");
    }
}
