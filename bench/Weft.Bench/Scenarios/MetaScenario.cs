using System.Diagnostics;
using System.Globalization;
using Weft.Meta;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Bench.Scenarios;

/// <summary>
/// weft meta at scale: 20 systems × 1,667 instances = 33,340 outputs, 3 raters each, so 100,020 ratings per aspect
/// (500,100 in all); synthetic judge scores correlated with the ratings; 1,000 bootstrap resamples for every correlation
/// at instance and system level, plus alpha and the human ceiling.
/// </summary>
internal sealed class MetaScenario : IScenario
{
    public string Name => "meta";

    public string Description => "meta-evaluation of 100k ratings x 5 aspects with 1,000 bootstrap samples (target < 10 s)";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var systems = 20;
        var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1667;
        var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;

        var clock = Stopwatch.StartNew();
        var (results, ratings) = Generate(systems, instances);
        var generate = clock.Elapsed;
        Console.WriteLine($"data: {results.Items.Count:N0} outputs, {ratings.Count:N0} ratings ({ratings.Count / 5:N0} per aspect), {samples:N0} bootstrap samples, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  generate           {generate.TotalSeconds,7:F2} s (not part of the analysis)");

        var options = new MetaOptions { BootstrapSamples = samples, Seed = 1 };
        Time("instance level only", () => MetaEvaluation.Run(results, ratings, options with { Levels = [MetaLevel.Instance] }));
        Time("system level only", () => MetaEvaluation.Run(results, ratings, options with { Levels = [MetaLevel.System] }));
        Time("no bootstrap", () => MetaEvaluation.Run(results, ratings, options with { BootstrapSamples = 0 }));
        var report = Time("full (both levels)", () => MetaEvaluation.Run(results, ratings, options));
        Time("render json+latex", () => MetaReportWriter.Render(report, "json") + MetaReportWriter.Render(report, "latex"));

        var cell = report.Tables[0].Rows[0].Cells[0];
        Console.WriteLine($"check: instance TQ Kendall {cell.Kendall.Point.Value:F4} [{cell.Kendall.Interval?.Lower:F4}, {cell.Kendall.Interval?.Upper:F4}], alpha interval {report.Reliability[0].AlphaInterval.Value:F4}");
        return Task.FromResult(0);
    }

    private static T Time<T>(string phase, Func<T> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = action();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"  {phase,-18} {clock.Elapsed.TotalSeconds,7:F2} s wall {used.TotalSeconds,7:F2} s CPU");
        return result;
    }

    private static (RunResults Results, List<HumanRating> Ratings) Generate(int systems, int instances)
    {
        var random = new Random(42);
        var keys = Aspects.All.Select(Aspects.Key).ToArray();
        List<ItemResult> items = new(systems * instances);
        List<HumanRating> ratings = new(systems * instances * keys.Length * 3);
        for (var s = 0; s < systems; s++)
        {
            var skill = random.NextDouble();
            for (var i = 0; i < instances; i++)
            {
                var id = i.ToString("D5", CultureInfo.InvariantCulture);
                var system = "system" + s.ToString(CultureInfo.InvariantCulture);
                List<AspectResult> aspects = new(keys.Length);
                foreach (var key in keys)
                {
                    var quality = Math.Clamp((0.6 * skill) + (0.4 * random.NextDouble()), 0, 1);
                    var judged = random.NextDouble() < 0.02
                        ? new AspectResult(key, VerdictStatus.Error, null)
                        : new AspectResult(key, VerdictStatus.Scored, Math.Clamp(Math.Round((5 * quality) + Noise(random)), 0, 5));
                    aspects.Add(judged);
                    for (var r = 0; r < 3; r++)
                    {
                        var score = Math.Clamp(Math.Round((3 * quality) + Noise(random)), 0, 3);
                        ratings.Add(new HumanRating(id, system, key, "rater" + r.ToString(CultureInfo.InvariantCulture), score));
                    }
                }

                items.Add(new ItemResult(system, id, "task", false, aspects));
            }
        }

        var info = new RunInfo("interleaved-eval", "synthetic:judge", "interleaved-eval/v1", null, "synthetic", [.. Enumerable.Range(0, systems).Select(s => "system" + s.ToString(CultureInfo.InvariantCulture))], DateTimeOffset.UnixEpoch, "bench");
        return (new RunResults(info, keys, items, [], new StoreTotals(0, 0, 0, 0, 0)), ratings);
    }

    private static double Noise(Random random) => (random.NextDouble() - 0.5) * 1.5;
}
