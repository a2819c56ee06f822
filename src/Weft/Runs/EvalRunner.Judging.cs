using Weft.Content;
using Weft.Protocols;

namespace Weft.Runs;

/// <content>Judging the pending outputs.</content>
public sealed partial class EvalRunner
{
    private async Task<(long Sent, long CacheHits)> JudgeAsync(
        IRunStore store,
        RunConfig config,
        InterleavedEvalProtocol protocol,
        FactsIndex index,
        DrainingList<(Instance Instance, SystemOutput Output)> work,
        int alreadyDone,
        CancellationToken cancellationToken)
    {
        using var session = new JudgeSession(
            options.Judge, options.Connection, options.Settings, options.Scheduler, environment, handler, time, loader, index, store, config);
        var judge = session.Judge;
        var item = new ItemJudge(protocol, index, judge, config);
        await session.RunAsync(
            work,
            alreadyDone + work.Count,
            alreadyDone,
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
