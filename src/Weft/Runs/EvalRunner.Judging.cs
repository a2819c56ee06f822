using Weft.Content;
using Weft.Images;
using Weft.Judges;
using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <content>Judging the pending outputs.</content>
public sealed partial class EvalRunner
{
    private async Task<(long Sent, long CacheHits)> JudgeAsync(
        IRunStore store,
        RunConfig config,
        InterleavedEvalProtocol protocol,
        FactsIndex index,
        List<(Instance Instance, SystemOutput Output)> work,
        int alreadyDone,
        CancellationToken cancellationToken)
    {
        using var ownHandler = handler is null ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } : null;
        using var client = JudgeClientFactory.Create(options.Judge, options.Connection, environment, handler ?? ownHandler!);
        using var scheduler = new RequestScheduler(options.Scheduler, time);
        var settings = options.Settings;
        using var materializer = new ImageMaterializer(loader, new ImagePreparer(settings.MaxImageSide), settings.ImageDetail, index);
        var perImage = TokenEstimator.Image(settings.MaxImageSide, settings.MaxImageSide, settings.MaxImageSide, settings.ImageDetail);
        var judge = new CachedJudge(client, store, scheduler, materializer, config, time, r => TokenEstimator.Rough(r, perImage));
        var item = new ItemJudge(protocol, index, judge, config);

        var total = alreadyDone + work.Count;
        int done = alreadyDone, errors = 0;
        observer.JudgingStarted(total, alreadyDone);
        try
        {
            await Parallel.ForEachAsync(
                work,
                new ParallelOptions { MaxDegreeOfParallelism = options.Scheduler.Concurrency + Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (next, token) =>
                {
                    var (record, verdicts) = await item.JudgeAsync(next.Instance, next.Output, time.GetUtcNow, token);
                    store.SaveItem(record, verdicts);
                    if (record.Status != ItemRecord.Judged)
                    {
                        Interlocked.Increment(ref errors);
                        StopWhenEveryRequestIsRejected(record, item, judge);
                    }

                    observer.Progress(new RunProgress(
                        Interlocked.Increment(ref done), total, Volatile.Read(ref errors), judge.Sent, judge.CacheHits, scheduler.Retries, judge.InputTokens, judge.OutputTokens));
                });
        }
        finally
        {
            observer.JudgingEnded();
        }

        return (judge.Sent, judge.CacheHits);
    }

    // A judge that rejects every request (unknown model, wrong endpoint) would otherwise turn a whole benchmark into
    // recorded errors; stopping early leaves nothing half-done, since a later run retries transport errors.
    private static void StopWhenEveryRequestIsRejected(ItemRecord record, ItemJudge item, CachedJudge judge)
    {
        if (item.Rejections >= 10 && judge.Sent == 0 && judge.CacheHits == 0)
        {
            throw new JudgeConfigurationException($"the judge rejected the first {item.Rejections} requests and answered none: {record.Error}");
        }
    }

    private DryRunEstimate Estimate(IRunStore store, InterleavedEvalProtocol protocol, FactsIndex index, List<(Instance Instance, SystemOutput Output)> work)
    {
        var estimator = new TokenEstimator(options.Judge.Model);
        int requests = 0, cached = 0;
        long text = 0, images = 0, output = 0;
        foreach (var (instance, systemOutput) in work)
        {
            var applicable = protocol.Decide(instance, systemOutput).Applicable;
            foreach (var request in protocol.BuildRequests(instance, systemOutput, applicable, index))
            {
                requests++;
                if (store.FindReply(request.Key) is not null)
                {
                    cached++;
                    continue;
                }

                var (t, i) = estimator.Input(request, index.Size, options.Settings.MaxImageSide, options.Settings.ImageDetail);
                text += t;
                images += i;
                output += request.Options.MaxOutputTokens ?? 0;
            }
        }

        return new DryRunEstimate(work.Count, requests, cached, text + images, text, images, output);
    }
}
