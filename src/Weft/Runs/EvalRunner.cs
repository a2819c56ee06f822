using System.Reflection;
using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;
using Weft.Text;

namespace Weft.Runs;

/// <summary>
/// Runs one evaluation end to end: read the benchmark and outputs, check every image (its file and header; the full decode
/// runs beside judging), compute offline metrics, then judge every output that is not finished yet, storing each reply as
/// it arrives. Running it again with the
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
    public Task<EvalOutcome> RunAsync(CancellationToken cancellationToken) => RunAsync(null, cancellationToken);

    /// <summary>
    /// Runs the evaluation, then hands <paramref name="finished"/> the open store and the outputs in scope (benchmark
    /// order, then system order), for a caller that writes its own file from the verdicts (opening-score's score file).
    /// </summary>
    internal async Task<EvalOutcome> RunAsync(Action<IRunStore, IEnumerable<(string System, string InstanceId)>>? finished, CancellationToken cancellationToken)
    {
        if (options.Judge.IsNone && options.Protocol is { } chosen)
        {
            throw new EvalSetupException($"the {chosen.Id} protocol needs a judge: pass --judge openai:MODEL, azure:DEPLOYMENT or ollama:MODEL");
        }

        // The benchmark and outputs are indexed (ids and line positions) and read again a chunk at a time by each pass,
        // so neither setup nor judging holds a large benchmark whole.
        var scope = await EvalScope.ReadAsync(options, observer, cancellationToken);
        using var held = RunLock.Acquire(options.RunFolder, "weft eval", time);
        using IRunStore store = SqliteRunStore.Open(options.RunFolder);
        var config = OpenRun(store);
        using var images = new ScopeImages(loader, options.RunFolder);
        var plan = await PlanAsync(store, scope, images, cancellationToken);
        if (plan.Judging is not { } judging)
        {
            finished?.Invoke(store, scope.OutputKeys());
            return Outcome(store, scope, plan, 0, 0, plan.Estimate);
        }

        // The setup pass leaves its garbage in the oldest generation; collecting it once here (tens of milliseconds)
        // starts the judging, which allocates steadily for hours, from the live set alone.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var judged = await JudgeAsync(store, config, judging, cancellationToken);
        ReportLate(judging.Late);
        finished?.Invoke(store, scope.OutputKeys());
        return Outcome(store, scope, plan, judged.Sent, judged.CacheHits, null) with { InputTokens = judged.InputTokens, OutputTokens = judged.OutputTokens };
    }

    // Checks images, saves the scope and offline metrics and works out what is left to judge (no judging when there is
    // nothing to be judged: no judge, or a dry run).
    private async Task<Plan> PlanAsync(IRunStore store, EvalScope scope, ScopeImages images, CancellationToken cancellationToken)
    {
        var setup = await SetUpAsync(store, scope, images, cancellationToken);
        var plan = new Plan(scope.Instances, scope.Outputs, setup.Problems.Count);
        if (options.Judge.IsNone)
        {
            observer.Info("No judge (--judge none): offline metrics only.");
            return plan;
        }

        if (setup.Problems.Count > 0 && !options.AllowMissingImages)
        {
            throw new EvalSetupException(
                $"{Plural.Count(setup.Problems.Count, "image")} cannot be used, so nothing was sent to the judge. Fix them, or pass " +
                $"--allow-missing-images to judge with a note in place of each unusable image. The full list is in {ProblemListPath()}.");
        }

        if (setup.Retried.Count > 0)
        {
            store.DeleteReplies(setup.Retried);
        }

        var protocol = (IJudgeProtocol?)options.Protocol ?? new InterleavedEvalProtocol(options.Settings, new ApplicabilityRules(options.TaskRules));
        var facts = new FactsIndex(images.Pinned);
        var late = new LateImageProblems(setup.Problems, all => SaveProblems(store, all));
        if (options.DryRun)
        {
            var work = Work(store, scope, images, facts, setup, late, cancellationToken).ToBlockingEnumerable(cancellationToken);
            return plan with
            {
                Estimate = DryRunEstimate.Of(
                    setup.Pending.Count,
                    work.SelectMany(w => protocol.BuildRequests(new JudgeUnit(w.Instance, w.Output), protocol.Decide(new JudgeUnit(w.Instance, w.Output)).Applicable, facts)),
                    store,
                    options.Judge,
                    options.Settings,
                    facts.Size),
            };
        }

        return plan with { Judging = new Judging(protocol, facts, Work(store, scope, images, facts, setup, late, cancellationToken), setup.Pending.Count, setup.AlreadyDone, late) };
    }

    private EvalOutcome Outcome(IRunStore store, EvalScope scope, Plan plan, long sent, long cacheHits, DryRunEstimate? estimate)
    {
        int judged = 0, errors = 0, replyErrors = 0;
        foreach (var batch in scope.OutputKeys().Chunk(EvalScope.ChunkSize * 2))
        {
            foreach (var item in store.ReadItems(batch).Values)
            {
                if (item.Status == ItemRecord.Judged)
                {
                    judged++;
                }
                else
                {
                    errors++;
                    replyErrors += ErrorKinds.IsReplyError(item.ErrorKind) ? 1 : 0;
                }
            }
        }

        var missing = (plan.Instances * options.Systems.Count) - plan.Outputs;
        var late = plan.Judging?.Late;
        var pending = options.Judge.IsNone ? 0 : plan.Outputs - judged - errors - (late?.Outputs ?? 0);
        return new EvalOutcome(plan.Instances, plan.Outputs, missing, plan.ImageProblems + (late?.Problems.Count ?? 0), judged, errors, pending, sent, cacheHits, estimate, options.MaxErrorRate)
        {
            ReplyErrors = replyErrors,
        };
    }

    // Images that failed to decode beside judging: said once at the end, with the outputs they left unjudged.
    private void ReportLate(LateImageProblems late)
    {
        if (late.Outputs == 0)
        {
            return;
        }

        foreach (var line in ImageCheckResult.Summarize(late.Problems, 3))
        {
            observer.Warning(line);
        }

        observer.Warning(
            $"{Plural.Count(late.Outputs, "output")} {(late.Outputs == 1 ? "was" : "were")} not judged: {(late.Outputs == 1 ? "one of its images" : "an image of each")} passed the check before judging " +
            $"but could not be decoded. The full list of unusable images is in {ProblemListPath()}.");
    }

    private string ProblemListPath() => Path.Combine(options.RunFolder, "image-problems.txt");

    // What the setup leaves for the summary (counts and keys) and, when there is judging to do, the work.
    private sealed record Plan(int Instances, int Outputs, int ImageProblems)
    {
        public DryRunEstimate? Estimate { get; init; }

        public Judging? Judging { get; init; }
    }

    // The outputs left to judge (read a chunk at a time as judging goes on) and what judging them needs.
    private sealed record Judging(IJudgeProtocol Protocol, FactsIndex Facts, IAsyncEnumerable<WorkItem> Work, int Count, int AlreadyDone, LateImageProblems Late);

    // One output to judge, with its chunk's hold on the image facts it needs.
    private sealed record WorkItem(Instance Instance, SystemOutput Output, FactsIndex.Lease Lease);
}
