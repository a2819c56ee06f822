
namespace Weft.Runs;

/// <summary>A run read back from its store in the shape analysis takes.</summary>
/// <param name="Run">What the run was.</param>
/// <param name="Aspects">Aspect keys in protocol order (empty when the run had no judge).</param>
/// <param name="Items">One result per system × instance in scope.</param>
/// <param name="Metrics">Offline metric values.</param>
/// <param name="Totals">Request, token and fault totals.</param>
public sealed record RunResults(RunInfo Run, IReadOnlyList<string> Aspects, IReadOnlyList<ItemResult> Items, IReadOnlyList<MetricObservation> Metrics, StoreTotals Totals)
{
    /// <summary>The criteria of <see cref="Aspects"/> with their scales, in the same order (empty when not read from a store).</summary>
    public IReadOnlyList<Protocols.Criterion> Criteria { get; init; } = [];

    /// <summary>True when the run was judged with a protocol file, whose <see cref="Criteria"/> are its own rather than InterleavedEval's aspects.</summary>
    public bool OwnCriteria { get; init; }

    /// <summary>Reads a run folder; throws <see cref="EvalSetupException"/> when it holds no run.</summary>
    public static RunResults Load(string runFolder)
    {
        SqliteRunStore.ExistingPath(runFolder);

        using IRunStore store = SqliteRunStore.Open(runFolder);
        return Load(store);
    }

    /// <summary>Reads a run from an open store.</summary>
    public static RunResults Load(IRunStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var config = store.ReadConfig() ?? throw new EvalSetupException($"{store.Location} holds no run configuration");
        var instances = store.ReadInstances();
        var tasks = instances.ToDictionary(i => i.Id, i => i.Task, StringComparer.Ordinal);
        var present = store.ReadOutputs().ToDictionary(o => (o.System, o.InstanceId), o => o.Present);
        var verdicts = store.ReadVerdictScores();

        var items = new List<ItemResult>(instances.Count * config.Systems.Count);
        foreach (var system in config.Systems)
        {
            foreach (var instance in instances)
            {
                if (!present.TryGetValue((system, instance.Id), out var has))
                {
                    continue;
                }

                var aspects = has && verdicts.TryGetValue((system, instance.Id), out var found) ? found : [];
                items.Add(new ItemResult(system, instance.Id, instance.Task, !has, aspects));
            }
        }

        var metrics = store.ReadMetrics()
            .Where(m => tasks.ContainsKey(m.InstanceId))
            .Select(m => new MetricObservation(m.System, m.InstanceId, tasks[m.InstanceId], m.Metric, m.Value))
            .ToList();
        var criteria = config.Criteria();
        return new RunResults(config.ToRunInfo(), [.. criteria.Select(c => c.Name)], items, metrics, store.ReadTotals()) { Criteria = criteria, OwnCriteria = config.ProtocolDefinition is not null };
    }
}
