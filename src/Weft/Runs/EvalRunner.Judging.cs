namespace Weft.Runs;

/// <content>Judging the pending outputs.</content>
public sealed partial class EvalRunner
{
    private async Task<(long Sent, long CacheHits)> JudgeAsync(
        IRunStore store,
        RunConfig config,
        Judging judging,
        CancellationToken cancellationToken)
    {
        using var session = new JudgeSession(
            options.Judge, options.Connection, options.Settings, options.Scheduler, environment, handler, time, loader, judging.Index, store, config);
        var judge = session.Judge;
        var item = new ItemJudge(judging.Protocol, judging.Index, judge, config);
        await session.RunAsync(
            judging.Work,
            judging.AlreadyDone + judging.Work.Count,
            judging.AlreadyDone,
            observer,
            async (next, now, token) =>
            {
                var (record, verdicts) = await item.JudgeAsync(next.Instance, next.Output, now, token);
                store.SaveItem(record, verdicts);
                return record.Status == ItemRecord.Judged ? null : record.Error ?? record.Status;
            },
            () => item.Rejections,
            cancellationToken);

        return (judge.Sent, judge.CacheHits);
    }
}
