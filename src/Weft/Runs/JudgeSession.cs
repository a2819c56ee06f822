using Weft.Images;
using Weft.Judges;
using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// The judge side of a run, built the same way for every protocol: HTTP handler, judge client, scheduler, image
/// preparation and the request cache; and the loop that judges the pending work with progress.
/// </summary>
internal sealed class JudgeSession : IDisposable
{
    private readonly SocketsHttpHandler? ownHandler;
    private readonly IDisposable client;
    private readonly ImageMaterializer materializer;
    private readonly int concurrency;
    private readonly TimeProvider time;

    /// <summary>Connects to <paramref name="judge"/>; <paramref name="handler"/> defaults to a pooled <see cref="SocketsHttpHandler"/> owned by the session.</summary>
    public JudgeSession(
        JudgeSpec judge,
        JudgeConnection connection,
        JudgeSettings settings,
        SchedulerOptions scheduler,
        Func<string, string?> environment,
        HttpMessageHandler? handler,
        TimeProvider time,
        ImageLoader loader,
        IImageIndex index,
        IRunStore store,
        RunConfig config)
    {
        ownHandler = handler is null ? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } : null;
        var chat = JudgeClientFactory.Create(judge, connection, environment, handler ?? ownHandler!);
        client = chat;
        Scheduler = new RequestScheduler(scheduler, time);
        materializer = new ImageMaterializer(loader, new ImagePreparer(settings.MaxImageSide), settings.ImageDetail, index);
        var perImage = TokenEstimator.Image(settings.MaxImageSide, settings.MaxImageSide, settings.MaxImageSide, settings.ImageDetail);
        Judge = new CachedJudge(chat, store, Scheduler, materializer, config, time, r => TokenEstimator.Rough(r, perImage), settings, index);
        concurrency = scheduler.Concurrency;
        this.time = time;
    }

    /// <summary>The cached judge every request goes through.</summary>
    public CachedJudge Judge { get; }

    /// <summary>The scheduler (concurrency, rate limits, retries).</summary>
    public RequestScheduler Scheduler { get; }

    /// <summary>
    /// Judges every item of <paramref name="pending"/> (with <paramref name="done"/> of <paramref name="total"/> finished
    /// before), keeping the scheduler's concurrency busy and reporting progress. <paramref name="judgeOne"/> judges and
    /// stores one item and returns its error, or null. A judge that rejects the first ten requests
    /// (<paramref name="rejections"/>) and answers none stops the run: otherwise a wrong model name or endpoint would turn
    /// a whole benchmark into recorded errors.
    /// </summary>
    public Task RunAsync<T>(
        IEnumerable<T> pending, int total, int done, IRunObserver observer, Func<T, Func<DateTimeOffset>, CancellationToken, Task<string?>> judgeOne,
        Func<int> rejections, CancellationToken cancellationToken) =>
        RunAsync(pending.ToAsyncEnumerable(), total, done, observer, judgeOne, rejections, cancellationToken);

    /// <summary>As the other overload, for items produced as they are needed (read from disk a chunk at a time).</summary>
    public async Task RunAsync<T>(
        IAsyncEnumerable<T> pending, int total, int done, IRunObserver observer, Func<T, Func<DateTimeOffset>, CancellationToken, Task<string?>> judgeOne,
        Func<int> rejections, CancellationToken cancellationToken)
    {
        var errors = 0;
        observer.JudgingStarted(total, done);
        try
        {
            await Parallel.ForEachAsync(
                pending,
                new ParallelOptions { MaxDegreeOfParallelism = concurrency + Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (next, token) =>
                {
                    if (await judgeOne(next, time.GetUtcNow, token) is { } error)
                    {
                        Interlocked.Increment(ref errors);
                        if (rejections() >= 10 && Judge.Answered == 0 && Judge.CacheHits == 0)
                        {
                            throw new JudgeConfigurationException($"the judge rejected the first {rejections()} requests and answered none: {error}");
                        }
                    }

                    observer.Progress(new RunProgress(
                        Interlocked.Increment(ref done), total, Volatile.Read(ref errors), Judge.Sent, Judge.CacheHits, Scheduler.Retries, Judge.InputTokens, Judge.OutputTokens));
                });
        }
        finally
        {
            observer.JudgingEnded();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        materializer.Dispose();
        Scheduler.Dispose();
        client.Dispose();
        ownHandler?.Dispose();
    }
}
