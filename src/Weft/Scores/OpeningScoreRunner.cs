using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;
using Weft.Runs;

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

        using var held = RunLock.Acquire(options.RunFolder, "weft eval --protocol opening-score", time);
        using IRunStore store = SqliteRunStore.Open(options.RunFolder);
        using var scores = OpeningScoreStore.Open(options.RunFolder);
        var config = OpenRun(scores, store);
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
            return Outcome(scores, jobs, instances.Count, missing, images.Problems.Count, 0, 0, 0, 0, DryRunEstimate.Of(pending.Count, pending.Select(p => p.Request), store, options.Judge, options.Settings, index.Size));
        }

        ForgetUnusableReplies(store, stored, pending);
        using var session = new JudgeSession(
            options.Judge, options.Connection, options.Settings, options.Scheduler, environment, handler, time, loader, index, store, config);
        var judge = session.Judge;
        var item = new OpeningItemJudge(new JudgeLoop(protocol, index, judge));
        await session.RunAsync(
            pending,
            jobs.Count,
            jobs.Count - pending.Count,
            observer,
            async (next, now, token) =>
            {
                var row = await item.JudgeAsync(next.Instance, next.Output, next.Request, now, token);
                scores.Save(row);
                return row.ErrorKind is null ? null : row.Error ?? row.ErrorKind;
            },
            () => item.Rejections,
            cancellationToken);

        return Outcome(scores, jobs, instances.Count, missing, images.Problems.Count, judge.Sent, judge.CacheHits, judge.InputTokens, judge.OutputTokens, null);
    }

    // A stored judgment is final when all seven criteria are scored, or when its replies left some without a score
    // (asking again returns the same cached replies) unless --retry-errors; transport errors are tried again. A
    // judgment made for other contents (an output or image that changed since) has another request key.
    private bool IsDone(Dictionary<(string InstanceId, string System), OpeningJudgment> stored, Job job) =>
        stored.TryGetValue((job.Instance.Id, job.Output.System), out var row) && row.RequestKey == job.Request.Key
        && (row.ErrorKind is null || (ErrorKinds.IsReplyError(row.ErrorKind) && !options.RetryErrors));

    private void ForgetUnusableReplies(IRunStore store, Dictionary<(string InstanceId, string System), OpeningJudgment> stored, List<Job> pending)
    {
        if (!options.RetryErrors)
        {
            return;
        }

        var keys = pending
            .Select(p => stored.GetValueOrDefault((p.Instance.Id, p.Output.System)))
            .Where(row => ErrorKinds.IsReplyError(row?.ErrorKind))
            .SelectMany(row => new[] { row!.RequestKey, row.RepairKey })
            .OfType<string>()
            .ToList();
        if (keys.Count > 0)
        {
            store.DeleteReplies(keys);
        }
    }

    /// <summary>One output to score, with the first request it needs.</summary>
    private sealed record Job(Instance Instance, SystemOutput Output, JudgeRequest Request);
}
