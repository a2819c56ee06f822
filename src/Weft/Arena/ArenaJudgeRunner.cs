using Weft.Benchmarks;
using Weft.Images;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Arena;

/// <summary>
/// Runs <c>weft arena judge</c>: reads the benchmark, outputs and battles, checks images, then asks the judge which
/// output is better, by default once in each shown order, through the same backends, scheduler and request cache as
/// <c>weft eval</c>. Every judgment is stored as it arrives; running again with the same run folder resumes.
/// </summary>
public sealed partial class ArenaJudgeRunner
{
    private readonly ArenaJudgeOptions options;
    private readonly IRunObserver observer;
    private readonly Func<string, string?> environment;
    private readonly TimeProvider time;
    private readonly HttpMessageHandler? handler;
    private readonly ImageLoader loader;

    /// <summary>Creates a runner; <paramref name="environment"/> reads API keys (default: the process environment), <paramref name="time"/> defaults to the system clock.</summary>
    public ArenaJudgeRunner(ArenaJudgeOptions options, IRunObserver observer, Func<string, string?>? environment = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
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

    /// <summary>The source written with combined verdicts: <c>judge:MODEL|pairwise/v1</c>.</summary>
    public string Source => $"judge:{options.Judge.Model}|{PairwisePrompt.Id}";

    /// <summary>Runs the judging. Throws <see cref="DataFormatException"/> or <see cref="EvalSetupException"/> for user errors.</summary>
    public async Task<ArenaJudgeOutcome> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Judge.IsNone)
        {
            throw new EvalSetupException("pairwise judging needs a judge: pass --judge openai:MODEL, azure:DEPLOYMENT or ollama:MODEL");
        }

        if (options.Systems.Count < 2 && options.BattlesFile is null)
        {
            throw new EvalSetupException("pairwise judging needs at least two systems (--system NAME=PATH, repeated)");
        }

        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(options.Benchmark, options.BenchmarkFormat, cancellationToken);
        var instances = (options.Limit is { } limit ? benchmark.Instances.Take(limit) : benchmark.Instances).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var outputs = await ReadOutputsAsync(instances, cancellationToken);
        var battles = options.BattlesFile is null ? AllPairs(benchmark, instances, outputs) : await ReadBattlesAsync(benchmark, instances, outputs, cancellationToken);
        observer.Info($"Battles: {battles.Count:N0}, judged {(options.SingleOrder ? "once, A shown first" : "in both orders")}.");

        var images = await CheckImagesAsync(battles, instances, outputs, cancellationToken);
        using var held = RunLock.Acquire(options.RunFolder, "weft arena judge", time);
        using var store = SqliteRunStore.Open(options.RunFolder);
        using var arena = ArenaStore.Open(options.RunFolder);
        var config = OpenRun(arena, store);
        var protocol = new PairwiseProtocol(options.Settings);
        var index = new FactsIndex(images.Facts);

        var jobs = battles.SelectMany(Orders).Select(o => (Instance: instances[o.InstanceId], First: outputs[(o.First, o.InstanceId)], Second: outputs[(o.Second, o.InstanceId)])).ToList();
        var stored = arena.ReadAll();
        var pending = jobs.Where(j => !IsDone(stored, protocol.BuildRequest(j.Instance, j.First, j.Second, index).Key, j.Instance.Id, j.First.System, j.Second.System)).ToList();
        if (options.RetryErrors && !options.DryRun)
        {
            // The stored reply gave no verdict; asking again needs it forgotten, or the cache would return it again.
            var retried = pending
                .Select(j => stored.GetValueOrDefault((j.Instance.Id, j.First.System, j.Second.System)))
                .Where(row => ErrorKinds.IsReplyError(row?.ErrorKind))
                .Select(row => row!.RequestKey)
                .ToList();
            if (retried.Count > 0)
            {
                store.DeleteReplies(retried);
            }
        }

        if (options.DryRun)
        {
            return Outcome(arena, battles, 0, 0, 0, 0, DryRunEstimate.Of(
                pending.Count, pending.Select(p => protocol.BuildRequest(p.Instance, p.First, p.Second, index)), store, options.Judge, options.Settings, index.Size));
        }

        using var session = new JudgeSession(
            options.Judge, options.Connection, options.Settings, options.Scheduler, environment, handler, time, loader, index, store, config);
        var judge = session.Judge;
        var pair = new PairJudge(new JudgeLoop(protocol, index, judge), index);
        await session.RunAsync(
            pending,
            jobs.Count,
            jobs.Count - pending.Count,
            observer,
            async (next, now, token) =>
            {
                var row = await pair.JudgeAsync(next.Instance, next.First, next.Second, now, token);
                arena.Save(row);
                return row.ErrorKind is null ? null : row.Error ?? row.ErrorKind;
            },
            () => pair.Rejections,
            cancellationToken);

        return Outcome(arena, battles, judge.Sent, judge.CacheHits, judge.InputTokens, judge.OutputTokens, null);
    }

    private IEnumerable<(string InstanceId, string First, string Second)> Orders(Battle battle) => options.SingleOrder
        ? [(battle.InstanceId, battle.SystemA, battle.SystemB)]
        : [(battle.InstanceId, battle.SystemA, battle.SystemB), (battle.InstanceId, battle.SystemB, battle.SystemA)];

    // A stored judgment is final when it has a verdict, or when its reply gave none (asking again returns the same
    // cached reply) unless --retry-errors; transport errors are tried again. A judgment made for other contents (an
    // output or image that changed since) has another request key and is judged again.
    private bool IsDone(Dictionary<(string, string, string), ArenaJudgment> stored, string key, string instanceId, string first, string second) =>
        stored.TryGetValue((instanceId, first, second), out var row) && row.RequestKey == key
        && (row.ErrorKind is null || (ErrorKinds.IsReplyError(row.ErrorKind) && !options.RetryErrors));
}
