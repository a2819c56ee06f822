using Weft.Analysis;

namespace Weft.Reports.Html;

/// <summary>Renders one task × aspect heatmap table per system; all but the first are hidden until chosen in the page.</summary>
public static class HtmlHeatmap
{
    /// <summary>Writes a system chooser and the heatmaps (an HTML fragment) for <paramref name="report"/>.</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<label>System <select id=\"heat-system\">");
        for (var i = 0; i < report.Systems.Count; i++)
        {
            writer.Write($"<option value=\"{HtmlText.Count(i)}\">{HtmlText.Encode(report.Systems[i].System)}</option>");
        }

        writer.Write("</select></label>\n");
        for (var i = 0; i < report.Systems.Count; i++)
        {
            var system = report.Systems[i].System;
            writer.Write($"<table class=\"heat\" data-index=\"{HtmlText.Count(i)}\"{(i == 0 ? string.Empty : " hidden")}><thead><tr><th>Task</th>");
            foreach (var aspect in report.Aspects)
            {
                writer.Write($"<th>{HtmlText.Encode(AspectNames.Short(aspect))}</th>");
            }

            writer.Write("<th>Overall</th><th>Outputs</th></tr></thead><tbody>\n");
            foreach (var task in report.Tasks.Where(t => t.System == system))
            {
                writer.Write($"<tr><th scope=\"row\">{HtmlText.Encode(task.Task)}</th>");
                foreach (var a in task.Aspects)
                {
                    var scale = report.Scale(a.Aspect);
                    Cell(writer, a.Mean, scale.Min, scale.Max, $"n {HtmlText.Count(a.N)}, N/A {HtmlText.Count(a.NotApplicable)}, errors {HtmlText.Count(a.Errors)}");
                }

                var (min, max) = report.Span();
                Cell(writer, task.Overall, min, max, string.Empty);
                writer.Write($"<td>{HtmlText.Count(task.Outputs)}</td></tr>\n");
            }

            writer.Write("</tbody></table>\n");
        }
    }

    private static void Cell(TextWriter writer, double? mean, int min, int max, string title) =>
        writer.Write($"<td style=\"background:{HtmlText.HeatColor(mean, min, max)}\" title=\"{title}\">{HtmlText.Number(mean)}</td>");
}
