using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Weft.Content;
using Weft.Metrics;

namespace Weft.Runs;

/// <content>Judging the pending outputs.</content>
public sealed partial class EvalRunner
{
    // Outputs decoded and handed to judging at a time: small, so the first request waits for few decodes.
    private const int SliceSize = 64;

    private async Task<(long Sent, long CacheHits, long InputTokens, long OutputTokens)> JudgeAsync(
        IRunStore store,
        RunConfig config,
        Judging judging,
        CancellationToken cancellationToken)
    {
        using var session = new JudgeSession(
            options.Judge, options.Connection, options.Settings, options.Scheduler, environment, handler, time, loader, judging.Facts, store, config);
        var judge = session.Judge;
        var item = new ItemJudge(new JudgeLoop(judging.Protocol, judging.Facts, judge), judging.Facts, config);
        await session.RunAsync(
            judging.Work,
            judging.AlreadyDone + judging.Count,
            judging.AlreadyDone,
            observer,
            async (next, now, token) =>
            {
                try
                {
                    var (record, verdicts) = await item.JudgeAsync(next.Instance, next.Output, now, token);
                    store.SaveItem(record, verdicts);
                    return record.Status == ItemRecord.Judged ? null : record.Error ?? record.Status;
                }
                finally
                {
                    next.Lease.Done();
                }
            },
            () => item.Rejections,
            cancellationToken);

        return (judge.Sent, judge.CacheHits, judge.InputTokens, judge.OutputTokens);
    }

    // The outputs left to judge, read again a chunk at a time in run order and handed out a slice at a time. A producer
    // decodes each slice's images (through the facts cache, so an image decoded before is only looked up) and computes the
    // offline metrics that waited for them, up to a bounded window ahead of judging, so the judge never waits for decodes
    // and memory holds a few slices' facts. An image that fails to decode here ends only the outputs that show it.
    private async IAsyncEnumerable<WorkItem> Work(
        IRunStore store, EvalScope scope, ScopeImages images, FactsIndex facts, Setup setup, LateImageProblems late, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = Math.Max(4, (2 * options.Scheduler.Concurrency / SliceSize) + 1);
        var slices = Channel.CreateBounded<List<WorkItem>>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(store, scope, images, facts, setup, late, slices.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var slice in slices.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var item in slice)
                {
                    yield return item;
                }
            }

            // The producer completes the channel however it ends; a failure surfaces here.
            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(producer);
        }
    }

    private static async Task ProduceAsync(
        IRunStore store, EvalScope scope, ScopeImages images, FactsIndex facts, Setup setup, LateImageProblems late, ChannelWriter<List<WorkItem>> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var chunk in setup.Pending.GroupBy(p => p.Ordinal / EvalScope.ChunkSize))
            {
                var wanted = chunk.Select(p => (p.Ordinal, p.System)).ToHashSet();
                var loaded = scope.Load([.. chunk.Select(p => p.Ordinal).Distinct()], (system, ordinal) => wanted.Contains((ordinal, system)));
                var instances = loaded.Ordinals.Zip(loaded.Instances).ToDictionary(p => p.First, p => p.Second);
                foreach (var slice in chunk.Chunk(SliceSize))
                {
                    var outputs = slice.Select(p => (p, instances[p.Ordinal], loaded.Outputs[(scope.Systems[p.System].Name, instances[p.Ordinal].Id)])).ToList();
                    var items = await PrepareAsync(store, images, facts, setup, late, outputs, cancellationToken);
                    await writer.WriteAsync(items, cancellationToken);
                }
            }
        }
        finally
        {
            writer.Complete();
        }
    }

    // Decodes one slice's images and returns the outputs that can be judged, holding their facts until they are.
    private static async Task<List<WorkItem>> PrepareAsync(
        IRunStore store,
        ScopeImages images,
        FactsIndex facts,
        Setup setup,
        LateImageProblems late,
        List<(PendingOutput Pending, Instance Instance, SystemOutput Output)> outputs,
        CancellationToken cancellationToken)
    {
        var shown = RunScope.Images(outputs.Select(o => o.Instance).Distinct(), outputs.Select(o => o.Output)).ToList();
        var check = await images.CheckAsync(shown, pin: false, decode: true, cancellationToken);
        var found = check.Facts;

        // An image without facts that the setup pass found usable failed to decode (or went away) since.
        var lost = shown.Where(i => !found.ContainsKey(ContentImages.Key(i.Image)) && !setup.Unusable.Contains(ContentImages.Key(i.Image))).ToList();
        var lostKeys = lost.Select(i => ContentImages.Key(i.Image)).ToHashSet(StringComparer.Ordinal);
        var usable = outputs
            .Where(o => !o.Instance.Input.Concat(o.Output.Content).Any(c => ContentImages.IsImage(c) && lostKeys.Contains(ContentImages.Key(c))))
            .ToList();
        if (lost.Count > 0)
        {
            var names = lost.Select(i => (i.Owner, ContentImages.Describe(i.Image))).ToHashSet();
            late.Add(check.Problems.Where(p => names.Contains((p.Owner, p.Image))), outputs.Count - usable.Count);
        }

        var metrics = outputs.Where(o => o.Pending.MetricsLater).ToList();
        if (metrics.Count > 0)
        {
            store.SaveMetrics(metrics.Select(o => (o.Output.System, o.Output.InstanceId,
                (IReadOnlyList<(string, double)>)[.. OfflineMetrics.Compute(o.Instance, o.Output, found).Select(v => (v.Name, v.Value))])));
        }

        if (usable.Count == 0)
        {
            return [];
        }

        var lease = facts.Hold(found, usable.Count);
        return [.. usable.Select(o => new WorkItem(o.Instance, o.Output, lease))];
    }
}
