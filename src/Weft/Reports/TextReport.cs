using Weft.Analysis;

namespace Weft.Reports;

/// <summary>Writes a score report as plain fixed-width text tables, for logs and files rather than terminals.</summary>
public static class TextReport
{
    /// <summary>Writes the report (LF line endings, invariant culture, two decimals, "–" for undefined values).</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var systems = report.Systems.Select(ScoreGroup.From).ToList();
        var tasks = report.Tasks.Select(ScoreGroup.From).ToList();

        Heading(writer, ReportTables.Title, '=');
        writer.Write('\n');
        Heading(writer, ReportTables.RunHeading, '-');
        ReportTables.Run(report).WriteText(writer);

        writer.Write('\n');
        Heading(writer, ReportTables.SystemsHeading, '-');
        writer.Write($"{ReportTables.ScoresIntro(report)}\n{report.OverallRule}\n\n");
        Tables(writer, ReportTables.Aspects(systems, withTask: false, report), ReportTables.Totals(systems, withTask: false));

        writer.Write('\n');
        Heading(writer, ReportTables.TasksHeading, '-');
        Tables(writer, ReportTables.Aspects(tasks, withTask: true, report), ReportTables.Totals(tasks, withTask: true));

        writer.Write('\n');
        Heading(writer, ReportTables.MetricsHeading, '-');
        writer.Write($"{ReportTables.MetricsIntro(report.ConfidenceLevel)}\n\n");
        Tables(writer, ReportTables.Metrics(report));
        if (ReportTables.HasReferenceMetrics(report))
        {
            writer.Write('\n');
            Heading(writer, ReportTables.ReferenceHeading, '-');
            writer.Write($"{ReportTables.ReferenceIntro(report.ConfidenceLevel)}\n\n");
            Tables(writer, ReportTables.Metrics(report, referenceBased: true));
        }
    }

    private static void Heading(TextWriter writer, string text, char rule) =>
        writer.Write($"{text}\n{new string(rule, text.Length)}\n");

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
            tables[i].WriteText(writer);
        }
    }
}
