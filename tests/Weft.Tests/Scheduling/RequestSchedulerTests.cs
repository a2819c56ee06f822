using System.Net;
using Weft.Scheduling;
using Weft.Testing;

namespace Weft.Tests.Scheduling;

public sealed class RequestSchedulerTests
{
    private static readonly SchedulerOptions Fast = new(Concurrency: 4, MaxRetries: 3, RequestTimeout: TimeSpan.FromDays(1));

    [Fact]
    public async Task RunAsync_TransientFaultsThenSuccess_RetriesWithBackoff()
    {
        var clock = new InstantTimeProvider();
        using var scheduler = new RequestScheduler(Fast, clock);
        var calls = 0;
        var faults = new List<(string Kind, int Attempt)>();

        var result = await scheduler.RunAsync(
            _ => ++calls < 3 ? throw new HttpRequestException("connection reset") : Task.FromResult("ok"),
            100,
            (fault, attempt) => faults.Add((fault.Kind, attempt)),
            CancellationToken.None);

        Assert.Equal("ok", result);
        Assert.Equal(3, calls);
        Assert.Equal(2, scheduler.Retries);
        Assert.Equal([("network", 1), ("network", 2)], faults);
        Assert.Equal(2, clock.Delays.Count);
        Assert.All(clock.Delays, d => Assert.True(d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task RunAsync_NoRetriesAllowed_OneAttemptOnly()
    {
        using var scheduler = new RequestScheduler(Fast with { MaxRetries = 0 }, new InstantTimeProvider());
        var calls = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => scheduler.RunAsync<string>(
            _ =>
            {
                calls++;
                throw new HttpRequestException("reset");
            },
            1,
            null,
            CancellationToken.None));

        Assert.Equal((1, 1), (calls, error.Attempts));
    }

    [Fact]
    public async Task RunAsync_PermanentFault_FailsAtOnceWithoutRetry()
    {
        using var scheduler = new RequestScheduler(Fast, new InstantTimeProvider());
        var calls = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => scheduler.RunAsync<string>(
            _ =>
            {
                calls++;
                throw new HttpRequestException("unauthorized", null, HttpStatusCode.Unauthorized);
            },
            100,
            null,
            CancellationToken.None));

        Assert.Equal(1, calls);
        Assert.Equal("auth", error.Fault.Kind);
        Assert.False(error.Fault.Transient);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task RunAsync_TransientFaultEveryTime_GivesUpAfterMaxRetries()
    {
        using var scheduler = new RequestScheduler(Fast, new InstantTimeProvider());
        var calls = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => scheduler.RunAsync<string>(
            _ =>
            {
                calls++;
                throw new HttpRequestException("bad gateway", null, HttpStatusCode.BadGateway);
            },
            100,
            null,
            CancellationToken.None));

        Assert.Equal(Fast.MaxRetries + 1, calls);
        Assert.Equal(Fast.MaxRetries + 1, error.Attempts);
        Assert.Equal("server-error", error.Fault.Kind);
    }

    [Fact]
    public async Task RunAsync_ManyCalls_NeverMoreInFlightThanConcurrency()
    {
        using var scheduler = new RequestScheduler(new SchedulerOptions(Concurrency: 3, RequestTimeout: TimeSpan.FromDays(1)), new InstantTimeProvider());
        var inFlight = 0;
        var peak = 0;

        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => scheduler.RunAsync(
            async token =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peak, now);
                await Task.Yield();
                await Task.Delay(1, token);
                Interlocked.Decrement(ref inFlight);
                return 0;
            },
            1,
            null,
            CancellationToken.None)));

        Assert.Equal(3, peak);
    }

    [Fact]
    public async Task RunAsync_RequestsPerMinute_SpreadsCallsOverTime()
    {
        var clock = new InstantTimeProvider();
        using var scheduler = new RequestScheduler(new SchedulerOptions(Concurrency: 64, RequestsPerMinute: 120, RequestTimeout: TimeSpan.FromDays(1)), clock);
        var start = clock.GetUtcNow();

        // 120/min allows a burst of 20 (ten seconds' worth), then 2 a second: 40 calls need about 10 more seconds.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => scheduler.RunAsync(_ => Task.FromResult(0), 1, null, CancellationToken.None)));

        var elapsed = clock.GetUtcNow() - start;
        Assert.InRange(elapsed.TotalSeconds, 9.9, 10.5);
    }

    [Fact]
    public async Task RunAsync_TokensPerMinute_WaitsForTokenBudget()
    {
        var clock = new InstantTimeProvider();
        using var scheduler = new RequestScheduler(new SchedulerOptions(Concurrency: 64, TokensPerMinute: 60_000, RequestTimeout: TimeSpan.FromDays(1)), clock);
        var start = clock.GetUtcNow();

        // 60,000 tokens/min: a burst of 10,000, then 1,000 a second; 20 calls of 1,000 tokens need about 10 more seconds.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => scheduler.RunAsync(_ => Task.FromResult(0), 1000, null, CancellationToken.None)));

        Assert.InRange((clock.GetUtcNow() - start).TotalSeconds, 9.9, 10.5);
    }

    [Fact]
    public async Task RunAsync_AttemptExceedsTimeout_RecordedAsTimeoutFault()
    {
        using var scheduler = new RequestScheduler(new SchedulerOptions(RequestTimeout: TimeSpan.FromMilliseconds(50), MaxRetries: 1, BaseDelay: TimeSpan.FromMilliseconds(1)));
        var calls = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => scheduler.RunAsync(
            async token =>
            {
                calls++;
                await Task.Delay(Timeout.Infinite, token);
                return 0;
            },
            1,
            null,
            CancellationToken.None));

        Assert.Equal("timeout", error.Fault.Kind);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task RunAsync_CancelledByCaller_ThrowsCancellationNotFailure()
    {
        using var scheduler = new RequestScheduler(Fast, new InstantTimeProvider());
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scheduler.RunAsync(
            async token =>
            {
                await cancel.CancelAsync();
                token.ThrowIfCancellationRequested();
                return 0;
            },
            1,
            null,
            cancel.Token));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
