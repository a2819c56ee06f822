using System.Globalization;
using Weft.Analysis;
using Weft.Metrics.Reference;

namespace Weft.Reports;

/// <summary>
/// Writes a score report as one long RFC 4180 table (CRLF, fields quoted when needed) that loads straight into pandas
/// or R; the <c>scope</c> column tells the rows apart: run, system, task, heuristic, reference (reference-based metrics, ref.*).
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
        Row(writer, [.. Columns]);

        var run = report.Run;
        RunRow(writer, null, "protocol", run.Protocol);
        RunRow(writer, null, "judge", run.Judge);
        RunRow(writer, null, "prompt_id", run.PromptId);
        RunRow(writer, null, "prompt_hash", run.PromptHash);
        RunRow(writer, null, "benchmark", run.Benchmark);
        foreach (var system in run.Systems)
        {
            RunRow(writer, system, "system", system);
        }

        RunRow(writer, null, "created", ReportText.Timestamp(run.Created));
        RunRow(writer, null, "weft_version", run.WeftVersion);
        RunRow(writer, null, "confidence_level", Number(report.ConfidenceLevel));
        RunRow(writer, null, "overall_rule", ScoreAnalysis.OverallRule);

        foreach (var group in report.Systems.Select(ScoreGroup.From))
        {
            GroupRows(writer, "system", group);
        }

        foreach (var group in report.Tasks.Select(ScoreGroup.From))
        {
            GroupRows(writer, "task", group);
        }

        foreach (var m in report.Metrics)
        {
            var scope = ReferenceMetricNames.IsReferenceBased(m.Metric) ? "reference" : "heuristic";
            Row(writer, scope, m.System, null, m.Metric, Count(m.N), Number(m.Mean), Number(m.CiLow), Number(m.CiHigh), null, null, null, null, null, null, null);
        }
    }

    private static void RunRow(TextWriter writer, string? system, string field, string? value) =>
        Row(writer, "run", system, null, field, null, null, null, null, null, null, null, null, null, null, value);

    private static void GroupRows(TextWriter writer, string scope, ScoreGroup group)
    {
        foreach (var a in group.Aspects)
        {
            Row(writer, scope, group.System, group.Task, a.Aspect, Count(a.N), Number(a.Mean), Number(a.CiLow), Number(a.CiHigh),
                Count(a.NotApplicable), Count(a.Errors), null, null, null, null, null);
        }

        Row(writer, scope, group.System, group.Task, "overall", null, Number(group.Overall), null, null, null, null,
            Count(group.Outputs), Count(group.MissingOutputs), Count(group.ErrorOutputs), Count(group.UnjudgedOutputs), null);
    }

    private static void Row(TextWriter writer, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i] ?? string.Empty));
        }

        writer.Write("\r\n");
    }

    /// <summary>RFC 4180: a field holding a comma, quote, CR or LF is quoted, with quotes doubled.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
