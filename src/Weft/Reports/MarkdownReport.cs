using Weft.Analysis;

namespace Weft.Reports;

/// <summary>Writes a score report as GitHub-flavoured Markdown, user-supplied names escaped so tables stay intact.</summary>
public static class MarkdownReport
{
    /// <summary>Writes the report (LF line endings, invariant culture, two decimals, "–" for undefined values).</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var systems = report.Systems.Select(ScoreGroup.From).ToList();
        var tasks = report.Tasks.Select(ScoreGroup.From).ToList();

        writer.Write($"# {ReportTables.Title}\n\n## {ReportTables.RunHeading}\n\n");
        ReportTables.Run(report).WriteMarkdown(writer);

        writer.Write($"\n## {ReportTables.SystemsHeading}\n\n{ReportTables.ScoresIntro(report)}\n\n{report.OverallRule}\n\n");
        Tables(writer, ReportTables.Aspects(systems, withTask: false, report), ReportTables.Totals(systems, withTask: false));

        writer.Write($"\n## {ReportTables.TasksHeading}\n\n");
        Tables(writer, ReportTables.Aspects(tasks, withTask: true, report), ReportTables.Totals(tasks, withTask: true));

        writer.Write($"\n## {ReportTables.MetricsHeading}\n\n{ReportTables.MetricsIntro(report.ConfidenceLevel)}\n\n");
        Tables(writer, ReportTables.Metrics(report));
        if (ReportTables.HasReferenceMetrics(report))
        {
            writer.Write($"\n## {ReportTables.ReferenceHeading}\n\n{ReportTables.ReferenceIntro(report.ConfidenceLevel)}\n\n");
            Tables(writer, ReportTables.Metrics(report, referenceBased: true));
        }
    }

    private static void Tables(TextWriter writer, params ReportTable[] tables)
    {
        if (tables[0].RowCount == 0)
        {
            writer.Write(ReportTables.NoRows + "\n");
            return;
        }

        for (var i = 0; i < tables.Length; i++)
        {
            writer.Write(i == 0 ? string.Empty : "\n");
            tables[i].WriteMarkdown(writer);
        }
    }
}
