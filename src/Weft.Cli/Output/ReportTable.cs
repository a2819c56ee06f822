using System.Globalization;
using Spectre.Console;
using Weft.Analysis;
using Weft.Metrics.Reference;
using Weft.Protocols;
using Weft.Reports;
using Weft.Runs;
using Weft.Text;

namespace Weft.Cli.Output;

/// <summary>The console rendering of a report, narrow enough for an 80-column terminal: judge scores, per-task means, outputs and heuristics.</summary>
internal static class ReportTable
{
    public static void Write(IAnsiConsole console, ScoreReport report, StoreTotals totals)
    {
        var run = report.Run;
        console.WriteLine();
        console.MarkupLine($"[bold]Weft report[/] — protocol {Markup.Escape(run.Protocol)}, judge {Markup.Escape(run.Judge)}" +
            (run.PromptId is null ? string.Empty : $", prompt {Markup.Escape(run.PromptId)} ({Markup.Escape(run.PromptHash?[..12] ?? "?")})"));
        console.MarkupLine(Markup.Escape($"Benchmark {run.Benchmark}; run created {run.Created:yyyy-MM-dd HH:mm} UTC with Weft {run.WeftVersion}."));

        if (report.Aspects.Count == 0)
        {
            console.MarkupLine("[grey]No judge scores in this run (judge: none).[/]");
        }
        else
        {
            TableFit.Write(console, Scores(report));
            if (!report.OnDefaultScale)
            {
                console.MarkupLine("[grey]" + Markup.Escape("Scales: " + ScaleText.List(report) + ".") + "[/]");
            }

            console.MarkupLine("[grey]" + Markup.Escape(report.OverallRule) + "[/]");
            TableFit.Write(console, TaskMeans(report));
        }

        TableFit.Write(console, Outputs(report));
        if (report.Aspects.Count > 0)
        {
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Judge requests answered: {totals.Replies:N0} ({Plural.Count(totals.RepairReplies, "repair")}), tokens {totals.InputTokens:N0} in / {totals.OutputTokens:N0} out, failed attempts {totals.Faults:N0}.")));
        }

        if (report.Metrics.Any(m => !ReferenceMetricNames.IsReferenceBased(m.Metric)))
        {
            TableFit.Write(console, Heuristics(report, "Offline heuristics (not judge scores): mean over outputs", referenceBased: false));
            console.MarkupLine("[grey]Heuristics computed without a judge: they flag problems, they do not measure quality (definitions: docs/protocols.md).[/]");
        }

        if (report.Metrics.Any(m => ReferenceMetricNames.IsReferenceBased(m.Metric)))
        {
            TableFit.Write(console, Heuristics(report, "Reference baselines (not a judge): mean", referenceBased: true));
            console.MarkupLine("[grey]Similarity to the reference answer, 0-1, higher = closer; a baseline to compare judges with, not a judge (definitions: docs/metrics.md).[/]");
        }
    }

    private static Table Scores(ScoreReport report)
    {
        var table = Titled(string.Create(CultureInfo.InvariantCulture, $"Judge scores by system: mean and {report.ConfidenceLevel * 100:0.##}% CI"));
        table.AddColumn("System");
        table.AddColumn("Aspect");
        table.AddColumn(new TableColumn("mean").RightAligned());
        table.AddColumn(new TableColumn("CI").RightAligned());
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn(new TableColumn("N/A").RightAligned());
        table.AddColumn(new TableColumn("errors").RightAligned());
        foreach (var system in report.Systems)
        {
            foreach (var stats in system.Aspects)
            {
                table.AddRow(
                    Markup.Escape(system.System),
                    Markup.Escape(Label(stats.Aspect)),
                    Markup.Escape(ScaleText.Mean(stats.Mean, report.Scale(stats.Aspect))),
                    stats.CiLow is { } low && stats.CiHigh is { } high ? $"[grey][[{Number(low)}, {Number(high)}]][/]" : "–",
                    Count(stats.N),
                    Count(stats.NotApplicable),
                    stats.Errors > 0 ? $"[red]{Count(stats.Errors)}[/]" : Count(stats.Errors));
            }

            table.AddRow(Markup.Escape(system.System), "[bold]AVG[/]", $"[bold]{Number(system.Overall)}[/]", string.Empty, string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    private static Table TaskMeans(ScoreReport report)
    {
        var table = Titled("Judge score means by task");
        table.AddColumn("Task");
        table.AddColumn("System");
        foreach (var aspect in report.Aspects)
        {
            table.AddColumn(new TableColumn(Markup.Escape(Label(aspect))).RightAligned());
        }

        table.AddColumn(new TableColumn("AVG").RightAligned());
        foreach (var task in report.Tasks)
        {
            table.AddRow([Markup.Escape(task.Task), Markup.Escape(task.System), .. task.Aspects.Select(a => Number(a.Mean)), Number(task.Overall)]);
        }

        return table;
    }

    private static Table Outputs(ScoreReport report)
    {
        var unjudged = report.Systems.Any(s => s.UnjudgedOutputs > 0);
        var table = Titled("Outputs");
        table.AddColumn("System");
        table.AddColumn(new TableColumn("outputs").RightAligned());
        table.AddColumn(new TableColumn("missing").RightAligned());
        if (report.Aspects.Count > 0)
        {
            table.AddColumn(new TableColumn("with errors").RightAligned());
        }

        if (unjudged)
        {
            table.AddColumn(new TableColumn("not judged").RightAligned());
        }

        foreach (var system in report.Systems)
        {
            var cells = new List<string> { Markup.Escape(system.System), Count(system.Outputs), Count(system.MissingOutputs) };
            if (report.Aspects.Count > 0)
            {
                cells.Add(system.ErrorOutputs > 0 ? $"[red]{Count(system.ErrorOutputs)}[/]" : Count(system.ErrorOutputs));
            }

            if (unjudged)
            {
                cells.Add(Count(system.UnjudgedOutputs));
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    private static Table Heuristics(ScoreReport report, string title, bool referenceBased)
    {
        var table = Titled(title);
        var metrics = report.Metrics.Where(m => ReferenceMetricNames.IsReferenceBased(m.Metric) == referenceBased).ToList();
        var systems = metrics.Select(m => m.System).Distinct(StringComparer.Ordinal).ToList();
        table.AddColumn("Metric");
        foreach (var system in systems)
        {
            table.AddColumn(new TableColumn(Markup.Escape(system)).RightAligned());
        }

        foreach (var metric in metrics.Select(m => m.Metric).Distinct(StringComparer.Ordinal))
        {
            var cells = new List<string> { Markup.Escape(metric) };
            foreach (var system in systems)
            {
                var stats = metrics.FirstOrDefault(m => m.System == system && m.Metric == metric);
                cells.Add(stats is null ? "–" : $"{Number(stats.Mean)} [grey](n={Count(stats.N)})[/]");
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    private static Table Titled(string title) => new() { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };

    private static string Label(string aspect) => Aspects.TryParse(aspect, out var parsed) ? Aspects.ShortName(parsed) : aspect;

    private static string Number(double? value) => ReportText.Number(value);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
