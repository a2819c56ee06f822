using System.Globalization;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Tests.Analysis;

/// <summary>Builders for analysis test data.</summary>
internal static class Some
{
    public static readonly IReadOnlyList<string> FiveAspects = [.. Aspects.All.Select(Aspects.Key)];

    public static RunInfo Run(params string[] systems) => new(
        "interleaved-eval",
        "openai:gpt-4o",
        "interleaved-eval/v1",
        "9f2c4e1ab37d5c60e8f14a2b9d7c3e5f0a6b8d2c4e1f3a5b7c9d0e2f4a6b8c1d",
        "samples/bench.jsonl",
        systems,
        new DateTimeOffset(2025, 3, 14, 15, 9, 26, TimeSpan.Zero),
        "0.1.0");

    /// <summary>An output judged on <see cref="FiveAspects"/>; verdicts are space-separated: a score, "na" or "err".</summary>
    public static ItemResult Item(string system, string instance, string task, string verdicts) =>
        Item(system, instance, task, FiveAspects, verdicts);

    public static ItemResult Item(string system, string instance, string task, IReadOnlyList<string> aspects, string verdicts)
    {
        var tokens = verdicts.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var results = tokens.Select((token, i) => token switch
        {
            "na" => new AspectResult(aspects[i], VerdictStatus.NotApplicable, null),
            "err" => new AspectResult(aspects[i], VerdictStatus.Error, null),
            _ => new AspectResult(aspects[i], VerdictStatus.Scored, double.Parse(token, CultureInfo.InvariantCulture)),
        }).ToList();
        return new ItemResult(system, instance, task, false, results);
    }

    public static ItemResult Missing(string system, string instance, string task) => new(system, instance, task, true, []);

    public static MetricObservation Metric(string system, string instance, string metric, double value) =>
        new(system, instance, "task", metric, value);
}
