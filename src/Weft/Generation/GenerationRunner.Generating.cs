using Weft.Content;
using Weft.Images;
using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Generation;

/// <content>Generating the instances and writing the files.</content>
public sealed partial class GenerationRunner
{
    private const int MaxImageSide = 1024;

    private async Task<GenerationOutcome> GenerateAsync(
        IRunStore store, GenerationStore steps, List<Instance> instances, ImageIndex index, ImageLoader loader, CancellationToken cancellationToken)
    {
        using var ownHandler = handler is null ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } : null;
        var http = handler ?? ownHandler!;
        using var scheduler = new RequestScheduler(options.Scheduler, time);
        using var materializer = new ImageMaterializer(loader, new ImagePreparer(MaxImageSide), "auto", index);
        var perImage = TokenEstimator.Image(MaxImageSide, MaxImageSide, MaxImageSide, "auto");
        var files = new ImageFiles(options.OutputFolder, options.System);
        var mainSpec = options.Endpoint ?? options.Planner!;
        using var mainClient = JudgeClientFactory.Create(mainSpec, options.PlannerConnection, environment, http);
        var main = Cached(mainClient, store, scheduler, materializer, mainSpec, options.IsEndpoint ? null : GenerationPrompts.PlanId, options.IsEndpoint ? null : GenerationPrompts.PlanHash, perImage);

        CachedImages? images = null;
        PipelineGenerator? pipeline = null;
        Microsoft.Extensions.AI.IChatClient? checkClient = null;
        IInstanceGenerator generator;
        CachedJudge? checker = null;
        try
        {
            if (options.IsEndpoint)
            {
                generator = new EndpointGenerator(main, Settings(mainSpec), index, files, loader);
            }
            else
            {
                images = new CachedImages(OpenAIImageBackend.Create(options.Images!, environment, http), store, scheduler, options.Images!, files, time);
                ImageCheck? check = null;
                if (options.Refine > 0)
                {
                    var checkSpec = options.Checker ?? options.Planner!;
                    checkClient = JudgeClientFactory.Create(checkSpec, options.CheckerConnection ?? options.PlannerConnection, environment, http);
                    checker = Cached(checkClient, store, scheduler, materializer, checkSpec, GenerationPrompts.CheckId, GenerationPrompts.CheckHash, perImage);
                    check = new ImageCheck(Settings(checkSpec), index);
                }

                generator = pipeline = new PipelineGenerator(main, new PlanRequests(Settings(mainSpec), index), images, files, index, checker, check, options.Refine);
            }

            var results = await RunAllAsync(generator, steps, instances, main, checker, images, scheduler, cancellationToken);
            return await FinishAsync(instances, results, main, checker, images, pipeline, scheduler, cancellationToken);
        }
        finally
        {
            checkClient?.Dispose();
        }
    }

    private async Task<InstanceResult[]> RunAllAsync(
        IInstanceGenerator generator, GenerationStore steps, List<Instance> instances, CachedJudge main, CachedJudge? checker, CachedImages? images,
        RequestScheduler scheduler, CancellationToken cancellationToken)
    {
        var results = new InstanceResult[instances.Count];
        int done = 0, errors = 0;
        observer.JudgingStarted(instances.Count, 0);
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, instances.Count),
                new ParallelOptions { MaxDegreeOfParallelism = options.Scheduler.Concurrency + Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (i, token) =>
                {
                    var result = await generator.GenerateAsync(instances[i], token);
                    steps.Save(options.System, result, time.GetUtcNow());
                    results[i] = result;
                    if (result.Error is not null)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    observer.Progress(new RunProgress(
                        Interlocked.Increment(ref done), instances.Count, Volatile.Read(ref errors),
                        main.Sent + (checker?.Sent ?? 0) + (images?.Sent ?? 0),
                        main.CacheHits + (checker?.CacheHits ?? 0) + (images?.CacheHits ?? 0),
                        scheduler.Retries,
                        main.InputTokens + (checker?.InputTokens ?? 0),
                        main.OutputTokens + (checker?.OutputTokens ?? 0)));
                });
        }
        finally
        {
            observer.JudgingEnded();
        }

        return results;
    }

    private async Task<GenerationOutcome> FinishAsync(
        List<Instance> instances, InstanceResult[] results, CachedJudge main, CachedJudge? checker, CachedImages? images, PipelineGenerator? pipeline,
        RequestScheduler scheduler, CancellationToken cancellationToken)
    {
        var failures = results.Where(r => r.Error is not null).Select(r => new GenerationFailure(r.InstanceId, r.Error!)).ToList();
        var generated = results.Length - failures.Count;
        string? outputs = null, stepsFile = null;
        if (generated > 0 || File.Exists(OutputsPath(options.OutputFolder, options.System)))
        {
            outputs = OutputsPath(options.OutputFolder, options.System);
            await OutputFiles.WriteOutputsAsync(outputs, results, Kept(outputs, "id", instances), cancellationToken);
        }

        var allSteps = results.SelectMany(r => r.Steps).ToList();
        if (allSteps.Count > 0)
        {
            stepsFile = StepsPath(options.OutputFolder, options.System);
            await OutputFiles.WriteStepsAsync(stepsFile, allSteps, Kept(stepsFile, "instance", instances), cancellationToken);
        }

        return new GenerationOutcome(
            instances.Count,
            generated,
            failures,
            outputs,
            stepsFile,
            Counts(main),
            checker is null ? RequestCounts.None : Counts(checker),
            images?.DrawnBySize.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? [],
            images?.CacheHits ?? 0,
            pipeline?.Redraws ?? 0,
            scheduler.Retries,
            null,
            options.MaxErrorRate);
    }

    // A run over a subset (--limit, --task) must not drop what an earlier run wrote for other instances: their lines
    // are kept as they were, and the instances of this run are written afresh.
    private static List<string> Kept(string path, string idField, List<Instance> instances)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var current = instances.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(line);
                if (document.RootElement.TryGetProperty(idField, out var id) && id.GetString() is { } value && !current.Contains(value))
                {
                    kept.Add(line);
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not a line this command wrote; the rewritten file leaves it out.
            }
        }

        return kept;
    }

    private GenerationOutcome DryRun(IRunStore store, List<Instance> instances, ImageIndex index)
    {
        var spec = options.Endpoint ?? options.Planner!;
        var usable = instances.Where(i => i.Input.All(part => !ContentImages.IsImage(part) || index.Sha256(part) is not null)).ToList();
        var pending = usable.Count(i => store.FindReply(FirstRequest(i, spec, index).Key) is null);
        return new GenerationOutcome(
            instances.Count, 0, [], null, null, RequestCounts.None, RequestCounts.None, new Dictionary<string, int>(), 0, 0, 0, pending, options.MaxErrorRate);
    }

    private JudgeRequest FirstRequest(Instance instance, JudgeSpec spec, ImageIndex index) => options.IsEndpoint
        ? EndpointGenerator.Request(Settings(spec), index, instance)
        : new PlanRequests(Settings(spec), index).Plan(instance);

    private CachedJudge Cached(
        Microsoft.Extensions.AI.IChatClient client, IRunStore store, RequestScheduler scheduler, ImageMaterializer materializer, JudgeSpec spec, string? promptId, string? promptHash, int perImage)
    {
        var config = new RunConfig(
            "generate", spec.ToString(), promptId, promptHash, 0f, null, false, "auto", MaxImageSide, string.Empty, options.Benchmark, [options.System], time.GetUtcNow(), EvalRunner.WeftVersion);
        return new CachedJudge(client, store, scheduler, materializer, config, time, r => TokenEstimator.Rough(r, perImage));
    }

    private JudgeSettings Settings(JudgeSpec spec) => new(
        options.IsEndpoint && spec == options.Endpoint ? $"{spec}@{options.PlannerConnection.Url}" : spec.ToString(), 0f, null, false, "auto", MaxImageSide);

    private static RequestCounts Counts(CachedJudge judge) => new(judge.Sent, judge.CacheHits, judge.InputTokens, judge.OutputTokens);
}
