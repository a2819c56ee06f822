using System.Runtime.InteropServices;
using Weft.Metrics.Reference;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Analysis;

/// <summary>Turns per-output judge results and metric observations into per-system and per-task statistics.</summary>
public static class ScoreAnalysis
{
    /// <summary>Why a report whose criteria are on different scales has no Overall; printed in place of <see cref="OverallRule"/>.</summary>
    public const string MixedScalesRule =
        "Overall is left out: the criteria are on different scales, so a mean of their means would weigh each by its range; " +
        "N/A and errors are counted apart and never averaged as 0.";

    /// <summary>How Overall is computed; reports print this sentence next to the numbers.</summary>
    public const string OverallRule =
        "Overall is the unweighted mean of the aspect means, over the aspects with at least one score " +
        "(InterleavedEval's AVG); N/A and errors are counted apart and never averaged as 0.";

    /// <summary>
    /// Summarizes judge results and heuristic metrics in one pass, with Student-t intervals at <paramref name="level"/>
    /// (default 0.95). Every item must carry exactly one result per aspect (none when its output is missing), otherwise
    /// an <see cref="ArgumentException"/> names the item; each system and instance pair is expected once (the run store's
    /// key), and is not checked here because a set of a million keys would cost more than the whole summary.
    /// </summary>
    public static ScoreReport Summarize(
        RunInfo run,
        IReadOnlyList<string> aspects,
        IEnumerable<ItemResult> items,
        IEnumerable<MetricObservation> metrics,
        double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(aspects);
        return Summarize(run, [.. aspects.Select(ScoreReport.DefaultCriterion)], items, metrics, level);
    }

    /// <summary>
    /// As <see cref="Summarize(RunInfo, IReadOnlyList{string}, IEnumerable{ItemResult}, IEnumerable{MetricObservation}, double)"/>
    /// for the <paramref name="criteria"/> of the run's protocol: each interval is clipped to its criterion's own scale.
    /// </summary>
    public static ScoreReport Summarize(
        RunInfo run,
        IReadOnlyList<Criterion> criteria,
        IEnumerable<ItemResult> items,
        IEnumerable<MetricObservation> metrics,
        double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(criteria);
        IReadOnlyList<string> aspects = [.. criteria.Select(c => c.Name)];
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(metrics);
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be strictly between 0 and 1.");
        }

        var positions = new AspectPositions(aspects);
        var bySystem = new Dictionary<string, ScoreAccumulator>(StringComparer.Ordinal);
        var byTask = new Dictionary<(string Task, string System), ScoreAccumulator>();
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            var system = GroupOf(bySystem, item.System, aspects.Count);
            var task = GroupOf(byTask, (item.Task, item.System), aspects.Count);
            if (item.OutputMissing)
            {
                if (item.Aspects.Count != 0)
                {
                    throw new ArgumentException($"System '{item.System}', instance '{item.InstanceId}': output is missing but aspects were judged.", nameof(items));
                }

                system.AddMissingOutput();
                task.AddMissingOutput();
                continue;
            }

            if (item.Aspects.Count == 0 && aspects.Count > 0)
            {
                system.AddUnjudgedOutput();
                task.AddUnjudgedOutput();
                continue;
            }

            var resolved = positions.Resolve(item);
            system.AddOutput(item.Aspects, resolved);
            task.AddOutput(item.Aspects, resolved);
        }

        var byMetric = new Dictionary<(string System, string Metric), RunningMoments>();
        foreach (var observation in metrics)
        {
            ArgumentNullException.ThrowIfNull(observation, nameof(metrics));
            if (!double.IsFinite(observation.Value))
            {
                throw new ArgumentException(
                    $"System '{observation.System}', instance '{observation.InstanceId}': metric '{observation.Metric}' is not a finite number (leave it unobserved instead).",
                    nameof(metrics));
            }

            ref var moments = ref CollectionsMarshal.GetValueRefOrAddDefault(byMetric, (observation.System, observation.Metric), out _);
            moments ??= new RunningMoments();
            moments.Add(observation.Value);
        }

        var order = SystemOrder(run.Systems, bySystem.Keys.Concat(byMetric.Keys.Select(k => k.System)));
        var rank = order.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);

        var systems = order.Select(name =>
        {
            var (stats, overall, outputs, missing, errors, unjudged) = GroupOf(bySystem, name, aspects.Count).Build(criteria, level);
            return new SystemScores(name, stats, overall, outputs, missing, errors, unjudged);
        }).ToList();

        var tasks = byTask
            .OrderBy(p => p.Key.Task, StringComparer.Ordinal).ThenBy(p => rank[p.Key.System])
            .Select(p =>
            {
                var (stats, overall, outputs, missing, errors, unjudged) = p.Value.Build(criteria, level);
                return new TaskScores(p.Key.Task, p.Key.System, stats, overall, outputs, missing, errors, unjudged);
            }).ToList();

        var metricStats = byMetric
            .OrderBy(p => rank[p.Key.System]).ThenBy(p => p.Key.Metric, StringComparer.Ordinal)
            .Select(p =>
            {
                // Reference metrics lie on 0–1; heuristics have no common scale, so their intervals are left as computed.
                var interval = ReferenceMetricNames.IsReferenceBased(p.Key.Metric)
                    ? ConfidenceInterval.Of(p.Value, level, 0, 1)
                    : ConfidenceInterval.Of(p.Value, level);
                return new MetricStats(p.Key.System, p.Key.Metric, interval.N, interval.Mean!.Value, interval.Low, interval.High);
            }).ToList();

        return new ScoreReport(run, aspects, systems, tasks, metricStats, level) { Criteria = criteria };
    }

    /// <summary>The run's systems in their given order, then every other system seen, in ordinal order.</summary>
    private static List<string> SystemOrder(IReadOnlyList<string> given, IEnumerable<string> seen)
    {
        var order = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in given)
        {
            if (known.Add(name))
            {
                order.Add(name);
            }
        }

        order.AddRange(seen.Where(known.Add).Order(StringComparer.Ordinal));
        return order;
    }

    private static ScoreAccumulator GroupOf<TKey>(Dictionary<TKey, ScoreAccumulator> groups, TKey key, int aspectCount)
        where TKey : notnull
    {
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
        return group ??= new ScoreAccumulator(aspectCount);
    }
}
