using Weft.Benchmarks;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Bench.Scenarios;

/// <summary>
/// Writes a run store for a benchmark and outputs without calling a judge: verdicts are synthetic (seeded scores,
/// canned explanations) and the judge is named "synthetic:demo" so that no one mistakes them for real ones.
/// </summary>
internal static class SyntheticRun
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(string runFolder, string bench, IReadOnlyList<(string Name, string Path)> systems, CancellationToken cancellationToken)
    {
        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(bench, null, cancellationToken);
        using var store = SqliteRunStore.Open(runFolder);
        store.WriteConfig(new RunConfig(
            InterleavedEvalProtocol.Name, "synthetic:demo", InterleavedEvalPrompt.Id, InterleavedEvalPrompt.Hash, 0f, null, false, "auto", 1024,
            string.Empty, bench, [.. systems.Select(s => s.Name)], At, "bench"));
        store.WriteSources(new RunSources(Path.GetFullPath(bench), null, [.. systems.Select(s => new SystemSource(s.Name, Path.GetFullPath(s.Path)))]));
        store.SaveInstances(benchmark.Instances.Select((instance, i) => new InstanceRow(instance.Id, instance.Task, i)));
        for (var s = 0; s < systems.Count; s++)
        {
            var (name, path) = systems[s];
            var outputs = (await BenchmarkFormats.ReadOutputsAsync(name, path, null, cancellationToken)).Select(o => o.InstanceId).ToHashSet(StringComparer.Ordinal);
            store.SaveOutputs(benchmark.Instances.Select(i => new OutputRow(name, i.Id, outputs.Contains(i.Id), null)));
            var random = new Random(1000 + s);
            foreach (var instance in benchmark.Instances.Where(i => outputs.Contains(i.Id)))
            {
                // Earlier systems score higher on average, so the leaderboard has an order to show.
                var verdicts = Aspects.All.Select(a => Verdict(a, Math.Clamp(random.Next(0, 6) + (systems.Count - 1 - s) - 1, 0, 5), random)).ToList();
                store.SaveItem(new ItemRecord(name, instance.Id, ItemRecord.Judged, null, null, At), verdicts);
            }
        }
    }

    private static VerdictRecord Verdict(Aspect aspect, int score, Random random)
    {
        if (aspect == Aspect.ImageCoherence && random.Next(10) == 0)
        {
            return new VerdictRecord(Aspects.Key(aspect), VerdictStatus.NotApplicable, null, "Fewer than two images: image coherence does not apply.", null, null, "synthetic:demo", InterleavedEvalPrompt.Id, InterleavedEvalPrompt.Hash);
        }

        var why = score switch
        {
            >= 4 => $"Synthetic verdict: the {Aspects.DisplayName(aspect).ToLowerInvariant()} is good, with only minor issues.",
            >= 2 => $"Synthetic verdict: the {Aspects.DisplayName(aspect).ToLowerInvariant()} is uneven; some steps are weak.",
            _ => $"Synthetic verdict: the {Aspects.DisplayName(aspect).ToLowerInvariant()} is poor.",
        };
        return new VerdictRecord(Aspects.Key(aspect), VerdictStatus.Scored, score, why, "synthetic", "StrictJson", "synthetic:demo", InterleavedEvalPrompt.Id, InterleavedEvalPrompt.Hash);
    }
}
