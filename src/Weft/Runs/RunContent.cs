using Weft.Benchmarks;
using Weft.Content;

namespace Weft.Runs;

/// <summary>A run's instances and outputs, re-read from the files its <see cref="RunSources"/> name.</summary>
/// <param name="Benchmark">The benchmark as read.</param>
/// <param name="Outputs">Every output found, by system and instance id.</param>
public sealed record RunContent(Benchmark Benchmark, IReadOnlyDictionary<(string System, string InstanceId), SystemOutput> Outputs)
{
    /// <summary>Reads the content of the run in <paramref name="runFolder"/>.</summary>
    /// <exception cref="EvalSetupException">The run records no sources, or a source file is gone.</exception>
    public static async Task<RunContent> LoadAsync(string runFolder, CancellationToken cancellationToken = default)
    {
        SqliteRunStore.ExistingPath(runFolder);

        RunSources? sources;
        using (var store = SqliteRunStore.Open(runFolder))
        {
            sources = store.ReadSources();
        }

        return sources is null
            ? throw new EvalSetupException($"{runFolder} does not record where its benchmark and outputs are (it was made by an older Weft); run 'weft eval' on it again to record them.")
            : await LoadAsync(sources, cancellationToken);
    }

    /// <summary>Reads the files <paramref name="sources"/> name.</summary>
    /// <exception cref="EvalSetupException">A source file is gone.</exception>
    public static async Task<RunContent> LoadAsync(RunSources sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var path in sources.Systems.Select(s => s.Path).Prepend(sources.Benchmark))
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new EvalSetupException($"{path} is recorded as a source of this run but no longer exists.");
            }
        }

        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(sources.Benchmark, sources.BenchmarkFormat, cancellationToken);
        var outputs = new Dictionary<(string, string), SystemOutput>();
        foreach (var system in sources.Systems)
        {
            foreach (var output in await BenchmarkFormats.ReadOutputsAsync(system.Name, system.Path, system.Format, cancellationToken))
            {
                outputs[(system.Name, output.InstanceId)] = output;
            }
        }

        return new RunContent(benchmark, outputs);
    }
}
