using Weft.Analysis;

namespace Weft.Reports.Html;

/// <summary>Renders the offline heuristic metrics (not judge scores) as a table.</summary>
internal static class HtmlMetricsTable
{
    public static void Write(ScoreReport report, TextWriter writer)
    {
        if (report.Metrics.Count == 0)
        {
            writer.Write($"<p>{ReportTables.NoRows}</p>\n");
            return;
        }

        writer.Write($"<p>{HtmlText.Encode(ReportTables.MetricsIntro(report.ConfidenceLevel))}</p>");
        writer.Write("<table class=\"metrics\"><thead><tr><th>System</th><th>Metric</th><th>Mean</th><th>CI</th><th>n</th></tr></thead><tbody>\n");
        foreach (var m in report.Metrics)
        {
            writer.Write($"<tr><td>{HtmlText.Encode(m.System)}</td><td>{HtmlText.Encode(m.Metric)}</td><td>{HtmlText.Number(m.Mean)}</td>");
            writer.Write($"<td>{HtmlText.Encode(ReportText.Interval(m.CiLow, m.CiHigh))}</td><td>{HtmlText.Count(m.N)}</td></tr>\n");
        }

        writer.Write("</tbody></table>\n");
    }
}
