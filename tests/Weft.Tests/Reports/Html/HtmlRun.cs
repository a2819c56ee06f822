using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Analysis;
using Weft.Benchmarks;
using Weft.Content;
using Weft.Protocols;
using Weft.Reports.Html;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Reports.Html;

/// <summary>Builds HTML report data in memory: two instances, two systems, inline images, text chosen by the test.</summary>
internal static class HtmlRun
{
    public static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static DataContent Image(SKColor color, int width = 64, int height = 48) => new(TestImages.Png(width, height, color), "image/png");

    public static HtmlReportData Data(string outputText = "A plain answer.", string explanation = "Clear and correct.", string system = "alpha", DataContent? image = null)
    {
        string[] systems = [system, "beta"];
        image ??= Image(SKColors.Teal);
        var instances = new List<Instance>
        {
            new("q1", "how-to", "Explain it.", [new TextContent("Context."), Image(SKColors.Orange)], null, new Dictionary<string, string>()),
            new("q2", "story", "Continue it.", [], null, new Dictionary<string, string>()),
        };
        var outputs = new Dictionary<(string, string), SystemOutput>();
        var verdicts = new Dictionary<(string, string), IReadOnlyList<VerdictRecord>>();
        var items = new List<ItemResult>();
        foreach (var name in systems)
        {
            foreach (var instance in instances)
            {
                outputs[(name, instance.Id)] = new SystemOutput(name, instance.Id, [new TextContent(outputText), image, new TextContent("The end.")]);
                var score = name == system ? 4 : 2;
                var records = Aspects.All.Select(a => a == Aspect.ImageCoherence
                    ? new VerdictRecord(Aspects.Key(a), VerdictStatus.NotApplicable, null, "Only one image.", null, null, "j", "p", "h")
                    : new VerdictRecord(Aspects.Key(a), VerdictStatus.Scored, score, explanation, "rk", "StrictJson", "j", "p", "h")).ToList();
                verdicts[(name, instance.Id)] = records;
                items.Add(new ItemResult(name, instance.Id, instance.Task, false, [.. records.Select(r => new AspectResult(r.Aspect, r.Status, r.Score))]));
            }
        }

        var run = new RunInfo("interleaved-eval", "openai:gpt-4o", "interleaved-eval/v1", "abc123", "bench.jsonl", systems, At, "0.1.0");
        var aspects = Aspects.All.Select(Aspects.Key).ToList();
        var report = ScoreAnalysis.Summarize(run, aspects, items, []);
        var rows = instances.Select((i, n) => new InstanceRow(i.Id, i.Task, n)).ToList();
        var present = outputs.Keys.Select(k => new OutputRow(k.Item1, k.Item2, true, null)).ToList();
        var itemRecords = verdicts.Keys.ToDictionary(k => k, k => new ItemRecord(k.Item1, k.Item2, ItemRecord.Judged, null, null, At));
        var content = new RunContent(new Benchmark("bench", "weft", "/data/bench.jsonl", "/data", instances), outputs);
        return new HtmlReportData(report, rows, present, itemRecords, verdicts, content, null);
    }

    public static async Task<string> RenderAsync(HtmlReportData data, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await HtmlReport.WriteAsync(data, writer, options);
        return writer.ToString();
    }
}
