using System.Globalization;
using Spectre.Console;
using Weft.Analysis;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Cli.Output;

/// <summary>The console rendering of a report: judge scores, per-task scores and offline heuristics as tables.</summary>
internal static class ReportTable
{
    public static void Write(IAnsiConsole console, ScoreReport report, RunResults results)
    {
        var run = report.Run;
        console.WriteLine();
        console.MarkupLine($"[bold]Weft report[/] — protocol {Markup.Escape(run.Protocol)}, judge {Markup.Escape(run.Judge)}" +
            (run.PromptId is null ? string.Empty : $", prompt {Markup.Escape(run.PromptId)} ({Markup.Escape(run.PromptHash?[..12] ?? "?")})"));
        console.MarkupLine(Markup.Escape($"Benchmark {run.Benchmark}; run created {run.Created:yyyy-MM-dd HH:mm} UTC with Weft {run.WeftVersion}."));

        if (report.Aspects.Count == 0)
        {
            console.MarkupLine("[grey]No judge scores in this run (judge: none).[/]");
            var outputs = new Table { Title = new TableTitle("Outputs"), Border = TableBorder.Rounded };
            outputs.AddColumn("System");
            outputs.AddColumn(new TableColumn("outputs").RightAligned());
            outputs.AddColumn(new TableColumn("missing").RightAligned());
            foreach (var system in report.Systems)
            {
                outputs.AddRow(Markup.Escape(system.System), Count(system.Outputs), Count(system.MissingOutputs));
            }

            console.Write(outputs);
        }
        else
        {
            console.Write(ScoreTable("Judge scores by system: mean [95% CI], n scored, N/A, errors", report.Aspects, report.Systems.Select(s => (s.System, (string?)null, s.Aspects, s.Overall, s.Outputs, s.MissingOutputs, s.ErrorOutputs, s.UnjudgedOutputs))));
            console.MarkupLine(Markup.Escape(ScoreAnalysis.OverallRule));
            console.Write(ScoreTable("Judge scores by task", report.Aspects, report.Tasks.Select(t => (t.System, (string?)t.Task, t.Aspects, t.Overall, t.Outputs, t.MissingOutputs, t.ErrorOutputs, t.UnjudgedOutputs))));
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Judge requests answered: {results.Totals.Replies:N0} ({results.Totals.RepairReplies:N0} repairs), tokens {results.Totals.InputTokens:N0} in / {results.Totals.OutputTokens:N0} out, failed attempts {results.Totals.Faults:N0}.")));
        }

        if (report.Metrics.Count > 0)
        {
            console.Write(MetricTable(report));
            console.MarkupLine("[grey]Heuristics computed without a judge: they flag problems, they do not measure quality (definitions: docs/protocols.md).[/]");
        }
    }

    private static Table ScoreTable(
        string title,
        IReadOnlyList<string> aspects,
        IEnumerable<(string System, string? Task, IReadOnlyList<AspectStats> Aspects, double? Overall, int Outputs, int Missing, int Errors, int Unjudged)> rows)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
        var list = rows.ToList();
        var withTask = list.Any(r => r.Task is not null);
        if (withTask)
        {
            table.AddColumn("Task");
        }

        table.AddColumn("System");
        foreach (var aspect in aspects)
        {
            table.AddColumn(new TableColumn(Label(aspect)).RightAligned());
        }

        table.AddColumn(new TableColumn("AVG").RightAligned());
        table.AddColumn(new TableColumn("outputs").RightAligned());
        table.AddColumn(new TableColumn("missing").RightAligned());
        table.AddColumn(new TableColumn("errors").RightAligned());
        var unjudged = list.Any(r => r.Unjudged > 0);
        if (unjudged)
        {
            table.AddColumn(new TableColumn("not judged").RightAligned());
        }

        foreach (var row in list)
        {
            var cells = new List<string>();
            if (withTask)
            {
                cells.Add(Markup.Escape(row.Task ?? string.Empty));
            }

            cells.Add(Markup.Escape(row.System));
            cells.AddRange(row.Aspects.Select(Cell));
            cells.Add(Number(row.Overall));
            cells.Add(Count(row.Outputs));
            cells.Add(Count(row.Missing));
            cells.Add(row.Errors > 0 ? $"[red]{Count(row.Errors)}[/]" : Count(row.Errors));
            if (unjudged)
            {
                cells.Add(Count(row.Unjudged));
            }
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static Table MetricTable(ScoreReport report)
    {
        var table = new Table { Title = new TableTitle("Offline heuristics (not judge scores): mean over outputs"), Border = TableBorder.Rounded };
        var systems = report.Metrics.Select(m => m.System).Distinct(StringComparer.Ordinal).ToList();
        table.AddColumn("Metric");
        foreach (var system in systems)
        {
            table.AddColumn(new TableColumn(Markup.Escape(system)).RightAligned());
        }

        foreach (var metric in report.Metrics.Select(m => m.Metric).Distinct(StringComparer.Ordinal))
        {
            var cells = new List<string> { Markup.Escape(metric) };
            foreach (var system in systems)
            {
                var stats = report.Metrics.FirstOrDefault(m => m.System == system && m.Metric == metric);
                cells.Add(stats is null ? "–" : string.Create(CultureInfo.InvariantCulture, $"{stats.Mean:0.##} [grey](n={stats.N})[/]"));
            }

            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static string Cell(AspectStats stats)
    {
        var mean = stats.Mean is null
            ? "–"
            : stats.CiLow is { } low && stats.CiHigh is { } high
                ? string.Create(CultureInfo.InvariantCulture, $"{stats.Mean:0.00} [grey][[{low:0.00}, {high:0.00}]][/]")
                : Number(stats.Mean);
        var counts = string.Create(CultureInfo.InvariantCulture, $"n={stats.N} N/A={stats.NotApplicable}");
        if (stats.Errors > 0)
        {
            counts += $" [red]err={stats.Errors}[/]";
        }

        return $"{mean}\n[grey]{counts}[/]";
    }

    private static string Label(string aspect) => Aspects.TryParse(aspect, out var parsed) ? Aspects.ShortName(parsed) : aspect;

    private static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
