using System.Globalization;
using System.Text;
using Weft.Analysis;
using Weft.Protocols;
using Weft.Reports;
using Weft.Server.Annotations;

namespace Weft.Server.Web;

/// <summary>The read-only views: the leaderboard with the instance list, and one instance with every system's output and verdicts.</summary>
internal static class BrowsePages
{
    /// <summary>The leaderboard (system × aspect means with CIs, N/A and error counts) and links to every instance.</summary>
    public static string Leaderboard(RunCatalog catalog)
    {
        var report = catalog.Report;
        var html = new StringBuilder("<h1>Leaderboard</h1>");
        html.Append("<p class=\"meta\">Judge ").Append(Html.E(report.Run.Judge)).Append(" · prompt ").Append(Html.E(report.Run.PromptId ?? "none"))
            .Append(" · benchmark ").Append(Html.E(Path.GetFileName(report.Run.Benchmark))).Append("</p>");
        if (report.Aspects.Count > 0)
        {
            html.Append("<table class=\"board\"><thead><tr><th>System</th>");
            foreach (var aspect in report.Aspects)
            {
                html.Append("<th>").Append(Html.E(Label(aspect)));
                if (catalog.OwnCriteria)
                {
                    html.Append(" <small>").Append(Html.E(ScaleText.Describe(report.Scale(aspect)))).Append("</small>");
                }

                html.Append("</th>");
            }

            html.Append("<th>Overall</th><th>Outputs</th></tr></thead><tbody>");
            foreach (var system in report.Systems)
            {
                html.Append("<tr><th>").Append(Html.E(system.System)).Append("</th>");
                foreach (var stats in system.Aspects)
                {
                    html.Append("<td>").Append(Cell(stats, report.Scale(stats.Aspect))).Append("</td>");
                }

                html.Append("<td>").Append(Number(system.Overall)).Append("</td><td>")
                    .Append(system.Outputs.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(system.MissingOutputs.ToString(CultureInfo.InvariantCulture))
                    .Append(" missing)</td></tr>");
            }

            html.Append("</tbody></table><p class=\"meta\">").Append(Html.E(report.OverallRule)).Append("</p>");
        }
        else
        {
            html.Append("<p>This run has no judge scores.</p>");
        }

        html.Append("<h2>Instances</h2><table class=\"list\"><thead><tr><th>Instance</th><th>Task</th></tr></thead><tbody>");
        foreach (var instance in catalog.Content.Benchmark.Instances)
        {
            html.Append("<tr><td><a href=\"/instances/").Append(Uri.EscapeDataString(instance.Id)).Append("\">").Append(Html.E(instance.Id))
                .Append("</a></td><td>").Append(Html.E(instance.Task)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>One instance: instruction, input, and each system's output beside its judge scores and explanations.</summary>
    public static string Instance(RunCatalog catalog, string id)
    {
        var instance = catalog.Instances[id];
        var html = new StringBuilder("<h1>").Append(Html.E(instance.Id)).Append(" <small>").Append(Html.E(instance.Task)).Append("</small></h1>");
        html.Append("<section class=\"input\"><h2>Instruction</h2><p class=\"text\">").Append(Html.E(instance.Instruction)).Append("</p>")
            .Append(ContentHtml.Render(instance.Input, catalog.Images)).Append("</section><div class=\"outputs\">");
        foreach (var system in catalog.Systems)
        {
            html.Append("<section class=\"output\"><h2>").Append(Html.E(system)).Append("</h2>");
            if (!catalog.Content.Outputs.TryGetValue((system, id), out var output))
            {
                html.Append("<p class=\"missing\">No output.</p></section>");
                continue;
            }

            html.Append(ContentHtml.Render(output.Content, catalog.Images));
            if (catalog.Verdicts.TryGetValue((system, id), out var verdicts) && verdicts.Count > 0)
            {
                html.Append("<table class=\"verdicts\"><tbody>");
                foreach (var v in verdicts)
                {
                    html.Append("<tr><th>").Append(Html.E(Label(v.Aspect))).Append("</th><td>")
                        .Append(v.Score is { } s ? Html.E(Score(s, catalog.Report.Scale(v.Aspect))) : Status(v.Status))
                        .Append("</td><td>").Append(Html.E(v.Explanation)).Append("</td></tr>");
                }

                html.Append("</tbody></table>");
            }

            html.Append("</section>");
        }

        return html.Append("</div>").ToString();
    }

    // Words a reader knows, not the enum's names: N/A is how the reports and the rating buttons write it.
    private static string Status(VerdictStatus status) => status switch
    {
        VerdictStatus.NotApplicable => "N/A",
        VerdictStatus.Error => "error",
        _ => "–",
    };

    private static string Label(string aspect) => Aspects.TryParse(aspect, out var parsed) ? Aspects.DisplayName(parsed) : aspect;

    // A label criterion's answer reads as its label ("yes"), as the judge gave it.
    private static string Score(int score, CriterionScale scale) =>
        scale.Labels.FirstOrDefault(l => l.Value == score)?.Name ?? score.ToString(CultureInfo.InvariantCulture);

    private static string Cell(AspectStats stats, CriterionScale scale)
    {
        var text = Html.E(ScaleText.Mean(stats.Mean, scale));
        if (stats.CiLow is { } low && stats.CiHigh is { } high)
        {
            text += $" <small>[{Number(low)}, {Number(high)}]</small>";
        }

        return text + string.Create(CultureInfo.InvariantCulture, $"<br><small>n={stats.N} N/A={stats.NotApplicable} err={stats.Errors}</small>");
    }

    private static string Number(double? value) => value is { } v ? DisplayRounding.Fixed(v, 2) : "–";
}
