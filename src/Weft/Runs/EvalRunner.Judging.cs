using System.Runtime.CompilerServices;

namespace Weft.Runs;

/// <content>Judging the pending outputs.</content>
public sealed partial class EvalRunner
{
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

    // The outputs left to judge, read again a chunk at a time in run order, each chunk with its image facts (found by path
    // in the facts cache the setup pass filled, so nothing is decoded again). The next chunk is read while the current
    // one is handed out, so judging never waits for the disk.
    private static async IAsyncEnumerable<WorkItem> Work(
        EvalScope scope, ScopeImages images, FactsIndex facts, List<(int Ordinal, int System)> pending, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunks = pending.GroupBy(p => p.Ordinal / EvalScope.ChunkSize).Select(g => g.ToArray()).ToList();
        var next = chunks.Count > 0 ? Task.Run(() => LoadAsync(chunks[0]), cancellationToken) : null;
        for (var c = 0; c < chunks.Count; c++)
        {
            var items = await next!;
            next = c + 1 < chunks.Count ? Task.Run(() => LoadAsync(chunks[c + 1]), cancellationToken) : null;
            foreach (var item in items)
            {
                yield return item;
            }
        }

        async Task<List<WorkItem>> LoadAsync((int Ordinal, int System)[] chunk)
        {
            var wanted = chunk.ToHashSet();
            var ordinals = chunk.Select(p => p.Ordinal).Distinct().ToList();
            var loaded = scope.Load(ordinals, (system, ordinal) => wanted.Contains((ordinal, system)));
            var found = await images.CheckAsync([.. RunScope.Images(loaded.Instances, loaded.Outputs.Values)], pin: false, cancellationToken);
            var lease = facts.Hold(found.Facts, chunk.Length);
            var instances = loaded.Ordinals.Zip(loaded.Instances).ToDictionary(p => p.First, p => p.Second);
            return [.. chunk.Select(p =>
            {
                var instance = instances[p.Ordinal];
                return new WorkItem(instance, loaded.Outputs[(scope.Systems[p.System].Name, instance.Id)], lease);
            })];
        }
    }
}
