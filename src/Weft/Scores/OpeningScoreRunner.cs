using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Scores;

/// <summary>
/// Runs <c>weft eval --protocol opening-score</c>: reads the benchmark and outputs, checks images, then asks the judge
/// to score every output 0–10 on OpenING's seven criteria, through the same backends, scheduler and request cache as
/// the other protocols. Every judgment is stored as it arrives; running again with the same run folder resumes.
/// </summary>
public sealed partial class OpeningScoreRunner
{
    private readonly OpeningScoreOptions options;
    private readonly IRunObserver observer;
    private readonly Func<string, string?> environment;
    private readonly TimeProvider time;
    private readonly HttpMessageHandler? handler;
    private readonly ImageLoader loader;

    /// <summary>Creates a runner; <paramref name="environment"/> reads API keys (default: the process environment), <paramref name="time"/> defaults to the system clock.</summary>
    public OpeningScoreRunner(OpeningScoreOptions options, IRunObserver observer, Func<string, string?>? environment = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
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

    /// <summary>Runs the scoring. Throws <see cref="DataFormatException"/> or <see cref="EvalSetupException"/> for user errors.</summary>
    public async Task<OpeningScoreOutcome> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Judge.IsNone)
        {
            throw new EvalSetupException("the opening-score protocol needs a judge: pass --judge openai:MODEL, azure:DEPLOYMENT or ollama:MODEL");
        }

        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(options.Benchmark, options.BenchmarkFormat, cancellationToken);
        var instances = Select(benchmark);
        var outputs = await ReadOutputsAsync(instances, cancellationToken);
        var images = await CheckImagesAsync(instances, outputs, cancellationToken);

        using IRunStore store = SqliteRunStore.Open(options.RunFolder);
        using var scores = OpeningScoreStore.Open(options.RunFolder);
        var config = OpenRun(scores);
        var protocol = new OpeningScoreProtocol(options.Settings);
        var index = new FactsIndex(images.Facts);

        var jobs = (
            from instance in instances
            from system in options.Systems
            let output = outputs.GetValueOrDefault((system.Name, instance.Id))
            where output is not null
            select new Job(instance, output, protocol.BuildRequest(instance, output, index))).ToList();
        var stored = scores.ReadAll();
        var pending = jobs.Where(j => !IsDone(stored, j)).ToList();
        var missing = (instances.Count * options.Systems.Count) - outputs.Count;
        if (options.DryRun)
        {
            return Outcome(scores, jobs, instances.Count, missing, images.Problems.Count, 0, 0, 0, 0, Estimate(store, index, pending));
        }

        ForgetUnusableReplies(store, stored, pending);
        using var ownHandler = handler is null ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } : null;
        using var client = JudgeClientFactory.Create(options.Judge, options.Connection, environment, handler ?? ownHandler!);
        using var scheduler = new RequestScheduler(options.Scheduler, time);
        var settings = options.Settings;
        using var materializer = new ImageMaterializer(loader, new ImagePreparer(settings.MaxImageSide), settings.ImageDetail, index);
        var perImage = TokenEstimator.Image(settings.MaxImageSide, settings.MaxImageSide, settings.MaxImageSide, settings.ImageDetail);
        var judge = new CachedJudge(client, store, scheduler, materializer, config, time, r => TokenEstimator.Rough(r, perImage));
        var item = new OpeningItemJudge(protocol, index, judge);

        var total = jobs.Count;
        int done = total - pending.Count, errors = 0;
        observer.JudgingStarted(total, done);
        try
        {
            await Parallel.ForEachAsync(
                pending,
                new ParallelOptions { MaxDegreeOfParallelism = options.Scheduler.Concurrency + Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (next, token) =>
                {
                    var row = await item.JudgeAsync(next.Instance, next.Output, next.Request, time.GetUtcNow, token);
                    scores.Save(row);
                    if (row.ErrorKind is not null)
                    {
                        Interlocked.Increment(ref errors);
                        if (item.Rejections >= 10 && judge.Sent == 0 && judge.CacheHits == 0)
                        {
                            throw new JudgeConfigurationException($"the judge rejected the first {item.Rejections} requests and answered none: {row.Error}");
                        }
                    }

                    observer.Progress(new RunProgress(
                        Interlocked.Increment(ref done), total, Volatile.Read(ref errors), judge.Sent, judge.CacheHits, scheduler.Retries, judge.InputTokens, judge.OutputTokens));
                });
        }
        finally
        {
            observer.JudgingEnded();
        }

        return Outcome(scores, jobs, instances.Count, missing, images.Problems.Count, judge.Sent, judge.CacheHits, judge.InputTokens, judge.OutputTokens, null);
    }

    // A stored judgment is final when all seven criteria are scored, or when its replies left some without a score
    // (asking again returns the same cached replies) unless --retry-errors; transport errors are tried again. A
    // judgment made for other contents (an output or image that changed since) has another request key.
    private bool IsDone(Dictionary<(string InstanceId, string System), OpeningJudgment> stored, Job job) =>
        stored.TryGetValue((job.Instance.Id, job.Output.System), out var row) && row.RequestKey == job.Request.Key
        && (row.ErrorKind is null || (row.ErrorKind == OpeningJudgment.ReplyError && !options.RetryErrors));

    private void ForgetUnusableReplies(IRunStore store, Dictionary<(string InstanceId, string System), OpeningJudgment> stored, List<Job> pending)
    {
        if (!options.RetryErrors)
        {
            return;
        }

        var keys = pending
            .Select(p => stored.GetValueOrDefault((p.Instance.Id, p.Output.System)))
            .Where(row => row?.ErrorKind == OpeningJudgment.ReplyError)
            .SelectMany(row => new[] { row!.RequestKey, row.RepairKey })
            .OfType<string>()
            .ToList();
        if (keys.Count > 0)
        {
            store.DeleteReplies(keys);
        }
    }

    private DryRunEstimate Estimate(IRunStore store, FactsIndex index, List<Job> pending)
    {
        var estimator = new TokenEstimator(options.Judge.Model);
        int cached = 0;
        long text = 0, images = 0;
        foreach (var request in pending.Select(p => p.Request))
        {
            if (store.FindReply(request.Key) is not null)
            {
                cached++;
                continue;
            }

            var (t, i) = estimator.Input(request, index.Size, options.Settings.MaxImageSide, options.Settings.ImageDetail);
            text += t;
            images += i;
        }

        var maxOutput = (long)(pending.Count - cached) * (options.Settings.MaxOutputTokens ?? OpeningScoreProtocol.DefaultMaxOutputTokens);
        return new DryRunEstimate(pending.Count, pending.Count, cached, text + images, text, images, maxOutput);
    }

    /// <summary>One output to score, with the first request it needs.</summary>
    private sealed record Job(Instance Instance, SystemOutput Output, JudgeRequest Request);
}
