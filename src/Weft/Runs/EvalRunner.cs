using System.Reflection;
using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;

namespace Weft.Runs;

/// <summary>
/// Runs one evaluation end to end: read the benchmark and outputs, check every image, compute offline metrics,
/// then judge every output that is not finished yet, storing each reply as it arrives. Running it again with the
/// same run folder resumes: finished outputs are skipped and stored replies are reused.
/// </summary>
public sealed partial class EvalRunner
{
    private readonly EvalOptions options;
    private readonly IRunObserver observer;
    private readonly Func<string, string?> environment;
    private readonly TimeProvider time;
    private readonly HttpMessageHandler? handler;
    private readonly ImageLoader loader;

    /// <summary>Creates a runner.</summary>
    /// <param name="options">What to evaluate and how.</param>
    /// <param name="observer">Receives messages and progress.</param>
    /// <param name="environment">Reads environment variables (API keys); defaults to the process environment.</param>
    /// <param name="time">Clock; defaults to the system clock.</param>
    /// <param name="handler">HTTP handler for judge calls; defaults to a pooled <see cref="SocketsHttpHandler"/>.</param>
    public EvalRunner(EvalOptions options, IRunObserver observer, Func<string, string?>? environment = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observer);
        this.options = options;
        this.observer = observer;
        this.environment = environment ?? Environment.GetEnvironmentVariable;
        this.time = time ?? TimeProvider.System;
        this.handler = handler;
        loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = options.AllowRemoteImages });
    }

    /// <summary>The version of Weft recorded in new runs.</summary>
    public static string WeftVersion { get; } =
        typeof(EvalRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs the evaluation. Throws <see cref="DataFormatException"/> or <see cref="EvalSetupException"/> for user errors.</summary>
    public async Task<EvalOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(options.Benchmark, options.BenchmarkFormat, cancellationToken);
        var instances = Select(benchmark);
        var outputs = await ReadOutputsAsync(instances, cancellationToken);

        using IRunStore store = SqliteRunStore.Open(options.RunFolder);
        var config = OpenRun(store);
        var plan = await PlanAsync(store, instances, outputs, cancellationToken);

        // From here on the work list is the only holder of instances and outputs, and it lets each go once judged: a
        // large benchmark is not kept whole in memory for the hours its judging takes.
        (benchmark, instances, outputs) = (null!, null!, null!);
        if (plan.Judging is not { } judging)
        {
            return Outcome(store, plan, 0, 0, plan.Estimate);
        }

        // The image check and the scope's bookkeeping leave their garbage in the oldest generation; collecting it once
        // here (tens of milliseconds) starts the judging, which allocates steadily for hours, from the live set alone.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var (sent, cacheHits) = await JudgeAsync(store, config, judging, cancellationToken);
        return Outcome(store, plan, sent, cacheHits, null);
    }

    // Checks images, saves the scope and offline metrics and works out what is left to judge (null when nothing is
    // to be judged: no judge, or a dry run).
    private async Task<Plan> PlanAsync(
        IRunStore store, List<Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, CancellationToken cancellationToken)
    {
        var images = await CheckImagesAsync(store, instances, outputs, cancellationToken);
        var changed = SaveScope(store, instances, outputs, images.Facts);
        await SaveMetricsAsync(store, instances, outputs, images.Facts, cancellationToken);
        var plan = new Plan(instances.Count, [.. outputs.Keys], images.Problems.Count);
        if (options.Judge.IsNone)
        {
            observer.Info("No judge (--judge none): offline metrics only.");
            return plan;
        }

        if (images.Problems.Count > 0 && !options.AllowMissingImages)
        {
            throw new EvalSetupException(
                $"{images.Problems.Count:N0} image(s) cannot be used, so nothing was sent to the judge. Fix them, or pass " +
                $"--allow-missing-images to judge with a note in place of each unusable image. The full list is in {ProblemListPath()}.");
        }

        var protocol = new InterleavedEvalProtocol(options.Settings, new ApplicabilityRules(options.TaskRules));
        var index = new FactsIndex(images.Facts);
        var work = Pending(store, instances, outputs, changed, out var alreadyDone);
        if (options.DryRun)
        {
            return plan with
            {
                Estimate = DryRunEstimate.Of(
                    work.Count,
                    work.SelectMany(w => protocol.BuildRequests(w.Instance, w.Output, protocol.Decide(w.Instance, w.Output).Applicable, index)),
                    store,
                    options.Judge,
                    options.Settings,
                    index),
            };
        }

        return plan with { Judging = new Judging(protocol, index, new DrainingList<(Instance, SystemOutput)>(work), alreadyDone) };
    }

    private EvalOutcome Outcome(IRunStore store, Plan plan, long sent, long cacheHits, DryRunEstimate? estimate)
    {
        var items = store.ReadItems();
        int judged = 0, errors = 0;
        foreach (var key in plan.Outputs)
        {
            if (!items.TryGetValue(key, out var item))
            {
                continue;
            }

            if (item.Status == ItemRecord.Judged)
            {
                judged++;
            }
            else
            {
                errors++;
            }
        }

        var missing = (plan.Instances * options.Systems.Count) - plan.Outputs.Count;
        var pending = options.Judge.IsNone ? 0 : plan.Outputs.Count - judged - errors;
        return new EvalOutcome(plan.Instances, plan.Outputs.Count, missing, plan.ImageProblems, judged, errors, pending, sent, cacheHits, estimate, options.MaxErrorRate);
    }

    private string ProblemListPath() => Path.Combine(options.RunFolder, "image-problems.txt");

    private List<Instance> Select(Benchmark benchmark)
    {
        var list = RunScope.Select(benchmark, options.Benchmark, options.Tasks, options.Limit);
        var tasks = benchmark.Instances.Select(i => i.Task).Distinct(StringComparer.Ordinal).Count();
        observer.Info($"Benchmark: {benchmark.Instances.Count:N0} instances in {tasks:N0} tasks ({benchmark.Format} format); {list.Count:N0} selected.");
        return list;
    }

    // What the setup leaves for the summary (counts and keys) and, when there is judging to do, the work.
    private sealed record Plan(int Instances, List<(string System, string InstanceId)> Outputs, int ImageProblems)
    {
        public DryRunEstimate? Estimate { get; init; }

        public Judging? Judging { get; init; }
    }

    // The outputs left to judge (handed out once, let go as judged) and what judging them needs.
    private sealed record Judging(InterleavedEvalProtocol Protocol, FactsIndex Index, DrainingList<(Instance Instance, SystemOutput Output)> Work, int AlreadyDone);
}
