using System.Globalization;
using Weft.Analysis;
using Weft.Files;
using Weft.Metrics.Reference;

namespace Weft.Reports;

/// <summary>
/// Writes a score report as one long RFC 4180 table (CRLF, written by the one CSV writer, <see cref="CsvTable"/>) that loads straight into pandas
/// or R; the <c>scope</c> column tells the rows apart: run, criterion (a criterion's scale, for runs not on 0–5), system, task, heuristic, reference (reference-based metrics, ref.*).
/// </summary>
public static class CsvReport
{
    /// <summary>The header row, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "scope", "system", "task", "aspect", "n", "mean", "ci_low", "ci_high",
        "not_applicable", "errors", "outputs", "missing_outputs", "error_outputs", "unjudged_outputs", "value",
    ];

    /// <summary>Writes the report; numbers at full precision in invariant culture, undefined values as empty fields.</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var table = new CsvTable(writer);
        table.Row([.. Columns]);

        var run = report.Run;
        RunRow(table, null, "protocol", run.Protocol);
        RunRow(table, null, "judge", run.Judge);
        RunRow(table, null, "prompt_id", run.PromptId);
        RunRow(table, null, "prompt_hash", run.PromptHash);
        RunRow(table, null, "benchmark", run.Benchmark);
        foreach (var system in run.Systems)
        {
            RunRow(table, system, "system", system);
        }

        RunRow(table, null, "created", ReportText.Timestamp(run.Created));
        RunRow(table, null, "weft_version", run.WeftVersion);
        RunRow(table, null, "confidence_level", Number(report.ConfidenceLevel));
        RunRow(table, null, "overall_rule", report.OverallRule);
        if (!report.OnDefaultScale)
        {
            // One row per criterion with its scale, only off the 0–5 scale: the built-in protocol's files stay as they were.
            foreach (var aspect in report.Aspects)
            {
                table.Row("criterion", null, null, aspect, null, null, null, null, null, null, null, null, null, null, ScaleText.Describe(report.Scale(aspect)));
            }
        }

        foreach (var group in report.Systems.Select(ScoreGroup.From))
        {
            GroupRows(table, "system", group);
        }

        foreach (var group in report.Tasks.Select(ScoreGroup.From))
        {
            GroupRows(table, "task", group);
        }

        foreach (var m in report.Metrics)
        {
            var scope = ReferenceMetricNames.IsReferenceBased(m.Metric) ? "reference" : "heuristic";
            table.Row(scope, m.System, null, m.Metric, Count(m.N), Number(m.Mean), Number(m.CiLow), Number(m.CiHigh), null, null, null, null, null, null, null);
        }
    }

    private static void RunRow(CsvTable table, string? system, string field, string? value) =>
        table.Row("run", system, null, field, null, null, null, null, null, null, null, null, null, null, value);

    private static void GroupRows(CsvTable table, string scope, ScoreGroup group)
    {
        foreach (var a in group.Aspects)
        {
            table.Row(scope, group.System, group.Task, a.Aspect, Count(a.N), Number(a.Mean), Number(a.CiLow), Number(a.CiHigh),
                Count(a.NotApplicable), Count(a.Errors), null, null, null, null, null);
        }

        table.Row(scope, group.System, group.Task, "overall", null, Number(group.Overall), null, null, null, null,
            Count(group.Outputs), Count(group.MissingOutputs), Count(group.ErrorOutputs), Count(group.UnjudgedOutputs), null);
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
