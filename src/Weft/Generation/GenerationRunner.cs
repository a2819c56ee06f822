using System.Text.RegularExpressions;
using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Runs;
using Weft.Text;

namespace Weft.Generation;

/// <summary>
/// Runs one generation end to end: read the benchmark, check its input images, generate every selected instance
/// (planner and image model, or an endpoint) with every reply stored as it arrives, then write the outputs file and the
/// steps file atomically. Running it again with the same output folder resumes: stored replies and saved pictures
/// whose bytes still match are reused, so nothing paid for is asked again.
/// </summary>
public sealed partial class GenerationRunner
{
    private readonly GenerationOptions options;
    private readonly IRunObserver observer;
    private readonly Func<string, string?> environment;
    private readonly TimeProvider time;
    private readonly HttpMessageHandler? handler;

    /// <summary>Creates a runner.</summary>
    /// <param name="options">What to generate and how.</param>
    /// <param name="observer">Receives messages and progress.</param>
    /// <param name="environment">Reads environment variables (API keys); defaults to the process environment.</param>
    /// <param name="time">Clock; defaults to the system clock.</param>
    /// <param name="handler">HTTP handler for every call; defaults to a pooled <see cref="SocketsHttpHandler"/>.</param>
    public GenerationRunner(GenerationOptions options, IRunObserver observer, Func<string, string?>? environment = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observer);
        this.options = options;
        this.observer = observer;
        this.environment = environment ?? Environment.GetEnvironmentVariable;
        this.time = time ?? TimeProvider.System;
        this.handler = handler;
    }

    /// <summary>The outputs file of a system in an output folder: <c>FOLDER/SYSTEM.jsonl</c>.</summary>
    public static string OutputsPath(string folder, string system) => Path.Combine(folder, system + ".jsonl");

    /// <summary>The drawing steps file of a system in an output folder: <c>FOLDER/SYSTEM.steps.jsonl</c>.</summary>
    public static string StepsPath(string folder, string system) => Path.Combine(folder, system + ".steps.jsonl");

    /// <summary>Runs the generation. Throws <see cref="DataFormatException"/> or <see cref="EvalSetupException"/> for user errors.</summary>
    public async Task<GenerationOutcome> RunAsync(CancellationToken cancellationToken)
    {
        if (!SystemName().IsMatch(options.System))
        {
            throw new EvalSetupException($"system name '{options.System}' must use only letters, digits, '.', '_' and '-' (it names files), and not start with '.'");
        }

        if (options.IsEndpoint == (options.Planner is not null || options.Images is not null) || (!options.IsEndpoint && (options.Planner is null || options.Images is null)))
        {
            throw new EvalSetupException("give either a planner and an image model, or an endpoint");
        }

        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(options.Benchmark, options.BenchmarkFormat, cancellationToken);
        var instances = Select(benchmark);
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = options.AllowRemoteImages });
        var inputs = RunScope.Images(instances, []);
        var checkedInputs = await new ImageValidator(loader).CheckAsync(inputs, Environment.ProcessorCount, cancellationToken);
        foreach (var line in checkedInputs.Summarize(3))
        {
            observer.Warning(line + " (instances with such inputs are not generated)");
        }

        var index = new ImageIndex(checkedInputs.Facts);
        using var held = RunLock.Acquire(options.OutputFolder, "weft generate", time);
        using IRunStore store = SqliteRunStore.Open(options.OutputFolder);
        using var steps = GenerationStore.Open(options.OutputFolder);
        CheckSettings(steps, store);
        return options.DryRun
            ? DryRun(store, instances, index)
            : await GenerateAsync(store, steps, instances, index, loader, cancellationToken);
    }

    // A folder's outputs file keeps instances from earlier runs, so a system must be generated with one set of settings
    // per folder: otherwise one file would silently mix, say, two planners. Keys, timeouts, concurrency and the
    // selection of instances may change between runs; what makes the outputs may not.
    private void CheckSettings(GenerationStore steps, IRunStore store)
    {
        var wanted = GenerationSettings.Of(options);
        var stored = steps.ReadSettings(options.System);
        if (stored is not null && GenerationSettings.Differences(GenerationSettings.Parse(stored), wanted).Count > 0 && !store.HoldsReplies())
        {
            // An earlier start that failed before any reply (no API key, a wrong endpoint) paid for nothing.
            observer.Info($"{options.OutputFolder} holds no replies yet; the earlier settings of system '{options.System}' are replaced by these.");
            stored = null;
        }

        if (stored is null)
        {
            if (!options.DryRun)
            {
                steps.SaveSettings(options.System, GenerationSettings.Format(wanted));
            }

            return;
        }

        var differences = GenerationSettings.Differences(GenerationSettings.Parse(stored), wanted);
        if (differences.Count > 0)
        {
            throw new EvalSetupException(
                $"{options.OutputFolder} already holds system '{options.System}' generated with other settings ({string.Join("; ", differences)}). " +
                "Use another --run (or --system), or the settings it was made with.");
        }
    }

    private List<Instance> Select(Benchmark benchmark)
    {
        var list = RunScope.Select(benchmark, options.Benchmark, options.Tasks, options.Limit);
        observer.Info($"Benchmark: {Plural.Count(benchmark.Instances.Count, "instance")} ({benchmark.Format} format); {list.Count:N0} selected.");
        return list;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex SystemName();
}
