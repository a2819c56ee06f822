using Weft.Analysis;
using Weft.Metrics.Reference;
using Weft.Protocols;

namespace Weft.Reports;

/// <summary>The tables and sentences shown by both human-readable reports (Markdown and plain text).</summary>
internal static class ReportTables
{
    public const string Title = "Weft report";
    public const string RunHeading = "Run";
    public const string SystemsHeading = "Judge scores by system";
    public const string TasksHeading = "Judge scores by task";
    public const string MetricsHeading = "Heuristic metrics (offline, not judge scores)";
    public const string ReferenceHeading = "Reference-based metrics (compared with a reference answer, not a judge)";
    public const string NoRows = "None.";

    public static string ScoresIntro(ScoreReport report) => report.OnDefaultScale
        ? $"Mean judge score per aspect with its {ReportText.Percent(report.ConfidenceLevel)} confidence interval (Student t, clipped to the " +
            $"0–{InterleavedEvalPrompt.MaxScore} scale), over the outputs where the aspect was scored (n). N/A and errors are counted, never scored."
        : $"Mean judge score per criterion with its {ReportText.Percent(report.ConfidenceLevel)} confidence interval (Student t, clipped to the " +
            $"criterion's own scale: {ScaleText.List(report)}), over the outputs where the criterion was scored (n). N/A and errors are counted, never scored.";

    public static string MetricsIntro(double level) =>
        "Offline heuristics computed from the outputs alone; they are not judge scores. Mean over the outputs where the metric " +
        $"could be computed (n), with its {ReportText.Percent(level)} confidence interval (Student t).";

    public static string ReferenceIntro(double level) =>
        "Baselines that compare each output with its instance's reference answer (ref.bleu4, ref.rougeL: text; ref.ssim, ref.phash: " +
        "image k against reference image k); 0-1, higher = closer to the reference; they are not judge scores. Mean over the outputs " +
        $"where the metric could be computed (n), with its {ReportText.Percent(level)} confidence interval (Student t, clipped to 0-1).";

    public static bool HasReferenceMetrics(ScoreReport report) => report.Metrics.Any(m => ReferenceMetricNames.IsReferenceBased(m.Metric));

    public static ReportTable Run(ScoreReport report)
    {
        var run = report.Run;
        var table = new ReportTable(new("field"), new("value"));
        table.Add("protocol", run.Protocol);
        table.Add("judge", run.Judge);
        table.Add("prompt", ReportText.Text(run.PromptId));
        table.Add("prompt sha256", ReportText.Text(run.PromptHash));
        table.Add("benchmark", run.Benchmark);
        table.Add("systems", run.Systems.Count == 0 ? ReportText.Undefined : string.Join(", ", run.Systems));
        table.Add("created", ReportText.Timestamp(run.Created));
        table.Add("weft version", run.WeftVersion);
        return table;
    }

    public static ReportTable Aspects(IEnumerable<ScoreGroup> groups, bool withTask, ScoreReport report)
    {
        var level = report.ConfidenceLevel;
        var table = new ReportTable(
        [
            .. withTask ? [new ReportColumn("task")] : Array.Empty<ReportColumn>(),
            new("system"), new("aspect"), new("mean", true), new(ReportText.Percent(level) + " CI", Verbatim: true), new("n", true), new("N/A", true), new("errors", true),
        ]);
        foreach (var group in groups)
        {
            foreach (var a in group.Aspects)
            {
                table.Add(
                [
                    .. withTask ? [group.Task!] : Array.Empty<string>(),
                    group.System, a.Aspect, ScaleText.Mean(a.Mean, report.Scale(a.Aspect)), ReportText.Interval(a.CiLow, a.CiHigh),
                    ReportText.Count(a.N), ReportText.Count(a.NotApplicable), ReportText.Count(a.Errors),
                ]);
            }
        }

        return table;
    }

    public static ReportTable Totals(IEnumerable<ScoreGroup> groups, bool withTask)
    {
        var table = new ReportTable(
        [
            .. withTask ? [new ReportColumn("task")] : Array.Empty<ReportColumn>(),
            new("system"), new("overall", true), new("outputs", true), new("missing outputs", true), new("error outputs", true), new("not judged", true),
        ]);
        foreach (var group in groups)
        {
            table.Add(
            [
                .. withTask ? [group.Task!] : Array.Empty<string>(),
                group.System, ReportText.Number(group.Overall), ReportText.Count(group.Outputs),
                ReportText.Count(group.MissingOutputs), ReportText.Count(group.ErrorOutputs), ReportText.Count(group.UnjudgedOutputs),
            ]);
        }

        return table;
    }

    /// <summary>The offline heuristics, or (<paramref name="referenceBased"/>) the metrics that compare with a reference answer.</summary>
    public static IEnumerable<MetricStats> MetricsOf(ScoreReport report, bool referenceBased) =>
        report.Metrics.Where(m => ReferenceMetricNames.IsReferenceBased(m.Metric) == referenceBased);

    public static ReportTable Metrics(ScoreReport report, bool referenceBased = false)
    {
        var table = new ReportTable(new("system"), new("metric"), new("mean", true), new(ReportText.Percent(report.ConfidenceLevel) + " CI", Verbatim: true), new("n", true));
        foreach (var m in MetricsOf(report, referenceBased))
        {
            table.Add(m.System, m.Metric, ReportText.Number(m.Mean), ReportText.Interval(m.CiLow, m.CiHigh), ReportText.Count(m.N));
        }

        return table;
    }
}
