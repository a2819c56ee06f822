using Weft.Benchmarks;
using Weft.Content;
using Weft.Text;

namespace Weft.Runs;

/// <summary>
/// What an eval run covers, held as indexes: the selected instances' ids and each system's outputs by instance id, with
/// the instances and outputs themselves read again from their files a chunk at a time. Memory stays the same whether a
/// benchmark has two thousand instances or two hundred thousand; only ids and line positions are kept for each.
/// </summary>
internal sealed class EvalScope
{
    /// <summary>Instances read at once by a pass over the scope (with every output for them).</summary>
    public const int ChunkSize = 500;

    private readonly BenchmarkIndex benchmark;
    private readonly List<int> selected;
    private readonly ItemSource<SystemOutput>[] outputs;
    private readonly Dictionary<string, int>[] positions;

    private EvalScope(BenchmarkIndex benchmark, List<int> selected, IReadOnlyList<SystemSource> systems, ItemSource<SystemOutput>[] outputs, Dictionary<string, int>[] positions)
    {
        this.benchmark = benchmark;
        this.selected = selected;
        this.outputs = outputs;
        this.positions = positions;
        Systems = systems;
        Outputs = positions.Sum(p => p.Count);
    }

    /// <summary>The systems, in the order the user named them.</summary>
    public IReadOnlyList<SystemSource> Systems { get; }

    /// <summary>Selected instances.</summary>
    public int Instances => selected.Count;

    /// <summary>Outputs found for the selected instances, over all systems.</summary>
    public int Outputs { get; }

    /// <summary>
    /// Indexes the benchmark and every system's outputs (each file is read and checked whole once, then only ids and
    /// positions are kept), telling <paramref name="observer"/> what was found.
    /// </summary>
    public static async Task<EvalScope> ReadAsync(EvalOptions options, IRunObserver observer, CancellationToken cancellationToken)
    {
        var benchmark = await BenchmarkFormats.IndexBenchmarkAsync(options.Benchmark, options.BenchmarkFormat, cancellationToken);
        var selected = RunScope.Select(benchmark.Entries, options.Benchmark, options.Tasks, options.Limit);
        var tasks = benchmark.Entries.Select(e => e.Task).Distinct(StringComparer.Ordinal).Count();
        observer.Info($"Benchmark: {Plural.Count(benchmark.Entries.Count, "instance")} in {Plural.Count(tasks, "task")} ({benchmark.Format} format); {selected.Count:N0} selected.");

        var inScope = selected.Select(p => benchmark.Entries[p].Id).ToHashSet(StringComparer.Ordinal);
        var outputs = new ItemSource<SystemOutput>[options.Systems.Count];
        var positions = new Dictionary<string, int>[options.Systems.Count];
        for (var s = 0; s < options.Systems.Count; s++)
        {
            var system = options.Systems[s];
            var index = await BenchmarkFormats.IndexOutputsAsync(system.Name, system.Path, system.Format, cancellationToken);
            outputs[s] = index.Outputs;
            positions[s] = new Dictionary<string, int>(StringComparer.Ordinal);
            var unknown = new List<string>();
            for (var p = 0; p < index.InstanceIds.Count; p++)
            {
                var id = index.InstanceIds[p];
                if (inScope.TryGetValue(id, out var same))
                {
                    // The benchmark's copy of the id, so that each id is held once however many systems answer it.
                    positions[s][same] = p;
                }
                else
                {
                    unknown.Add(id);
                }
            }

            var found = positions[s].Count;
            observer.Info($"System {system.Name}: {Plural.Count(found, "output")} for the {Plural.Count(selected.Count, "selected instance")}, {selected.Count - found:N0} missing.");
            if (unknown.Count > 0 && options.Tasks.Count == 0 && options.Limit is null)
            {
                observer.Warning($"System {system.Name}: {Plural.Count(unknown.Count, "output")} {(unknown.Count == 1 ? "names an instance that is" : "name instances that are")} not in the benchmark (e.g. {string.Join(", ", unknown.Take(3))}); {(unknown.Count == 1 ? "it is" : "they are")} ignored.");
            }
        }

        return new EvalScope(benchmark, selected, options.Systems, outputs, positions);
    }

    /// <summary>The id of the selected instance at <paramref name="ordinal"/> (its place in the run).</summary>
    public string InstanceId(int ordinal) => benchmark.Entries[selected[ordinal]].Id;

    /// <summary>Whether system number <paramref name="system"/> has an output for <paramref name="instanceId"/>.</summary>
    public bool Has(int system, string instanceId) => positions[system].ContainsKey(instanceId);

    /// <summary>Every (system, instance) pair with an output, instance by instance.</summary>
    public IEnumerable<(string System, string InstanceId)> OutputKeys()
    {
        for (var ordinal = 0; ordinal < selected.Count; ordinal++)
        {
            var id = InstanceId(ordinal);
            for (var s = 0; s < Systems.Count; s++)
            {
                if (Has(s, id))
                {
                    yield return (Systems[s].Name, id);
                }
            }
        }
    }

    /// <summary>The ordinals of the selected instances, <see cref="ChunkSize"/> at a time.</summary>
    public IEnumerable<int[]> Chunks() => Enumerable.Range(0, selected.Count).Chunk(ChunkSize);

    /// <summary>
    /// Reads the instances at <paramref name="ordinals"/> and the outputs for them that <paramref name="wanted"/> (system
    /// number, ordinal) accepts.
    /// </summary>
    public ScopeChunk Load(IReadOnlyList<int> ordinals, Func<int, int, bool> wanted)
    {
        var instances = benchmark.Instances.Load([.. ordinals.Select(o => selected[o])]);
        var loaded = new Dictionary<(string System, string InstanceId), SystemOutput>();
        for (var s = 0; s < Systems.Count; s++)
        {
            var at = new List<int>();
            foreach (var ordinal in ordinals)
            {
                if (wanted(s, ordinal) && positions[s].TryGetValue(InstanceId(ordinal), out var position))
                {
                    at.Add(position);
                }
            }

            foreach (var output in outputs[s].Load(at))
            {
                loaded[(Systems[s].Name, output.InstanceId)] = output;
            }
        }

        return new ScopeChunk(ordinals, instances, loaded);
    }
}

/// <summary>Some of a scope's instances (by ordinal, in the same order) and outputs for them.</summary>
internal sealed record ScopeChunk(IReadOnlyList<int> Ordinals, IReadOnlyList<Instance> Instances, Dictionary<(string System, string InstanceId), SystemOutput> Outputs);
