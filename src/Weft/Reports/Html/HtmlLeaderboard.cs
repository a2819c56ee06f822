using Weft.Analysis;

namespace Weft.Reports.Html;

/// <summary>
/// Renders the leaderboard: one row per system, one cell per aspect with mean, confidence interval, n and the N/A and
/// error counts; each cell names its system and aspect in <c>data-system</c>/<c>data-aspect</c> so a click can filter.
/// </summary>
public static class HtmlLeaderboard
{
    /// <summary>Writes the leaderboard table (an HTML fragment) for <paramref name="report"/>.</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<table class=\"board\"><thead><tr><th>System</th>");
        foreach (var aspect in report.Aspects)
        {
            writer.Write($"<th title=\"{HtmlText.Encode(AspectNames.Display(aspect))}\">{HtmlText.Encode(AspectNames.Short(aspect))}</th>");
        }

        writer.Write("<th>Overall</th><th>Outputs</th><th>Missing</th><th>With errors</th><th>Unjudged</th></tr></thead><tbody>\n");
        foreach (var system in report.Systems)
        {
            var name = HtmlText.Encode(system.System);
            writer.Write($"<tr><th scope=\"row\">{name}</th>");
            foreach (var a in system.Aspects)
            {
                writer.Write($"<td class=\"cell\" data-system=\"{name}\" data-aspect=\"{HtmlText.Encode(a.Aspect)}\" style=\"background:{Heat(report, a)}\" tabindex=\"0\">");
                writer.Write($"<b>{HtmlText.Encode(ScaleText.Mean(a.Mean, report.Scale(a.Aspect)))}</b><small class=\"ci\">{HtmlText.Encode(ReportText.Interval(a.CiLow, a.CiHigh))}</small>");
                writer.Write($"<small>n {HtmlText.Count(a.N)}");
                if (a.NotApplicable > 0)
                {
                    writer.Write($" · N/A {HtmlText.Count(a.NotApplicable)}");
                }

                if (a.Errors > 0)
                {
                    writer.Write($" · <span class=\"err\">err {HtmlText.Count(a.Errors)}</span>");
                }

                writer.Write("</small></td>");
            }

            writer.Write($"<td class=\"cell\" data-system=\"{name}\" data-aspect=\"\" tabindex=\"0\"><b>{HtmlText.Number(system.Overall)}</b></td>");
            writer.Write($"<td>{HtmlText.Count(system.Outputs)}</td><td>{HtmlText.Count(system.MissingOutputs)}</td>");
            writer.Write($"<td>{HtmlText.Count(system.ErrorOutputs)}</td><td>{HtmlText.Count(system.UnjudgedOutputs)}</td></tr>\n");
        }

        writer.Write("</tbody></table>\n");
    }

    private static string Heat(ScoreReport report, AspectStats a)
    {
        var scale = report.Scale(a.Aspect);
        return HtmlText.HeatColor(a.Mean, scale.Min, scale.Max);
    }
}
