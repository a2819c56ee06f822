using System.Collections.Concurrent;
using System.Globalization;
using Weft.Images;
using Weft.Metrics;
using Weft.Metrics.Reference;
using Weft.Text;

namespace Weft.Runs;

/// <content>Reference-based baselines (<c>--metrics</c>): computed once per output and kept while output and reference stay the same.</content>
public sealed partial class EvalRunner
{
    private static int IndexOf(string name)
    {
        for (var i = 0; i < ReferenceMetricNames.Names.Count; i++)
        {
            if (ReferenceMetricNames.Names[i] == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private void Report(IReadOnlyList<ReferenceMetric> wanted, ReferenceTally t)
    {
        var names = string.Join(", ", wanted.Select(ReferenceMetricNames.NameOf));
        observer.Info(string.Create(
            CultureInfo.InvariantCulture,
            $"Reference metrics ({names}): {Plural.Count(t.Measured, "output")} measured, {t.Reused:N0} kept from earlier, {t.NoReference:N0} with no reference; " +
            $"{Plural.Count(t.NoReferenceText, "reference")} without text, {Plural.Count(t.NoImagePairs, "output")} with no image pair, {Plural.Count(t.UnpairedImages, "unpaired image")}, {t.UnusablePairs:N0} unusable image pairs."));
    }

    // The reference-based values of a run's outputs, a chunk at a time: what earlier runs stored is read once, each chunk's
    // values are measured (or kept) and saved with its offline metrics, and the counts add up for one report at the end.
    private sealed class ReferencePass
    {
        private readonly IReadOnlyList<ReferenceMetric> wanted;
        private readonly Dictionary<(string System, string InstanceId), List<MetricValue>> stored;
        private readonly Dictionary<(string System, string InstanceId), (string Fingerprint, IReadOnlyList<string> Metrics)> done;
        private readonly ImageLoader loader;
        private readonly ReferenceScorer scorer;
        private readonly Lock gate = new();

        public ReferencePass(IRunStore store, ReferenceMetricStore inputs, ImageLoader loader, IReadOnlyList<ReferenceMetric> wanted)
        {
            this.wanted = wanted;
            this.loader = loader;
            stored = store.ReadMetrics()
                .Where(m => ReferenceMetricNames.IsReferenceBased(m.Metric))
                .GroupBy(m => (m.System, m.InstanceId))
                .ToDictionary(g => g.Key, g => g.Select(m => new MetricValue(m.Metric, m.Value)).ToList());
            done = inputs.Read();
            scorer = new ReferenceScorer(loader, wanted);
        }

        public ReferenceTally Tally { get; private set; } = ReferenceTally.Zero;

        // The reference-based values of every output of the chunk, to be stored with its offline metrics, and the rows
        // that record what they were computed from (saved after the values, so a crash in between only means measuring again).
        public async Task<(Dictionary<(string System, string InstanceId), List<MetricValue>> Values, List<(string, string, string, IReadOnlyList<string>)> Inputs)> MeasureAsync(
            ScopeChunk chunk, IReadOnlyDictionary<string, ImageFacts> facts, CancellationToken cancellationToken)
        {
            var byId = chunk.Instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
            var values = new ConcurrentDictionary<(string, string), List<MetricValue>>();
            var rows = new ConcurrentBag<(string, string, string, IReadOnlyList<string>)>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };

            await Parallel.ForEachAsync(chunk.Outputs.GroupBy(o => o.Key.InstanceId), parallel, async (group, token) =>
            {
                var instance = byId[group.Key];
                ReferenceMaterial? material = null;
                foreach (var ((system, instanceId), output) in group)
                {
                    var fingerprint = ReferenceFingerprint.Of(instance, output, image => facts.GetValueOrDefault(image)?.Sha256);
                    var same = done.TryGetValue((system, instanceId), out var row) && row.Fingerprint == fingerprint;
                    var computed = same ? row.Metrics : [];
                    var kept = same ? stored.GetValueOrDefault((system, instanceId), []).Where(v => computed.Contains(v.Name)).ToList() : [];
                    var needed = wanted.Where(m => !computed.Contains(ReferenceMetricNames.NameOf(m))).ToList();
                    var outcome = ReferenceTally.Zero;
                    if (needed.Count > 0 && instance.Reference is null)
                    {
                        outcome = outcome with { NoReference = 1 };
                    }
                    else if (needed.Count > 0)
                    {
                        material ??= new ReferenceMaterial(instance, loader);
                        var (measured, counts) = await scorer.ScoreAsync(material, output, needed, facts, token);
                        kept.AddRange(measured);
                        outcome = counts;
                        rows.Add((system, instanceId, fingerprint, [.. computed.Concat(needed.Select(ReferenceMetricNames.NameOf))]));
                    }
                    else if (wanted.Count > 0)
                    {
                        outcome = outcome with { Reused = 1 };
                    }

                    values[(system, instanceId)] = [.. kept.OrderBy(v => IndexOf(v.Name))];
                    lock (gate)
                    {
                        Tally = Tally.Add(outcome);
                    }
                }
            });

            return (new Dictionary<(string, string), List<MetricValue>>(values), [.. rows]);
        }
    }
}
