using Weft.Meta;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Tests.Meta;

/// <summary>Builds small runs and ratings for meta-evaluation tests: judge and human scores follow a shared "quality".</summary>
internal static class MetaRuns
{
    public static readonly string[] AspectKeys = [.. Aspects.All.Select(Aspects.Key)];

    public static RunInfo Info(string judge = "openai:gpt-4o") =>
        new("interleaved-eval", judge, "interleaved-eval/v1", "abc", "bench.jsonl", ["s1", "s2", "s3", "s4"], DateTimeOffset.UnixEpoch, "test");

    /// <summary>Quality of an output on a 0–1 scale, different per system and instance.</summary>
    public static double Quality(int system, int instance) => ((system * 7) + (instance * 3)) % 11 / 10.0;

    /// <summary>A run of 4 systems × <paramref name="instances"/> instances where every aspect is scored round(5·quality).</summary>
    public static RunResults Run(int instances = 10, Func<int, int, string, AspectResult>? aspect = null, IReadOnlyList<MetricObservation>? metrics = null)
    {
        aspect ??= (s, i, key) => new AspectResult(key, VerdictStatus.Scored, Math.Round(5 * Quality(s, i)));
        List<ItemResult> items = [];
        for (var s = 0; s < 4; s++)
        {
            for (var i = 0; i < instances; i++)
            {
                items.Add(new ItemResult($"s{s + 1}", Id(i), "task", false, [.. AspectKeys.Select(k => aspect(s, i, k))]));
            }
        }

        return new RunResults(Info(), AspectKeys, items, metrics ?? [], new StoreTotals(0, 0, 0, 0, 0));
    }

    /// <summary>Three raters scoring every aspect of every output: round(3·quality) plus a rater-specific nudge, within 0–3.</summary>
    public static List<HumanRating> Ratings(int instances = 10, IEnumerable<string>? aspects = null)
    {
        List<HumanRating> ratings = [];
        for (var s = 0; s < 4; s++)
        {
            for (var i = 0; i < instances; i++)
            {
                for (var r = 0; r < 3; r++)
                {
                    var score = Math.Clamp(Math.Round(3 * Quality(s, i)) + (((s + i + r) % 3) - 1) * ((i + r) % 2), 0, 3);
                    ratings.AddRange((aspects ?? AspectKeys).Select(k => new HumanRating(Id(i), $"S{s + 1}", k, $"rater{r}", score)));
                }
            }
        }

        return ratings;
    }

    public static string Id(int instance) => instance.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
