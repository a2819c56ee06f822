using Polly;
using Polly.Retry;

namespace Weft.Scheduling;

/// <summary>
/// Runs remote calls with bounded concurrency, client-side request and token rate limits, a per-attempt timeout,
/// and retries with exponential backoff and jitter that honour Retry-After. A Retry-After also pauses every other
/// call, since the server's limit is shared.
/// </summary>
public sealed class RequestScheduler : IDisposable
{
    private readonly SchedulerOptions options;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim slots;
    private readonly TokenBucket? requests;
    private readonly TokenBucket? tokens;
    private readonly ResiliencePipeline retry;
    private readonly ResiliencePipeline timeout;
    private long pausedUntil;
    private long retries;
    private Fault? stopped;

    /// <summary>Creates a scheduler; <paramref name="time"/> defaults to the system clock.</summary>
    public RequestScheduler(SchedulerOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        this.options = options;
        this.time = time ?? TimeProvider.System;
        slots = new SemaphoreSlim(options.Concurrency, options.Concurrency);
        requests = options.RequestsPerMinute is { } rpm ? TokenBucket.PerMinute(rpm, this.time) : null;
        tokens = options.TokensPerMinute is { } tpm ? TokenBucket.PerMinute(tpm, this.time) : null;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        retry = options.MaxRetries == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder { TimeProvider = this.time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TransientFaultException),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstDelay,
                MaxDelay = options.LongestDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is TransientFaultException { Fault.RetryAfter: { } after } ? Min(after, options.LongestDelay) : (TimeSpan?)null),
                OnRetry = _ =>
                {
                    Interlocked.Increment(ref retries);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        timeout = new ResiliencePipelineBuilder { TimeProvider = this.time }.AddTimeout(options.Timeout).Build();
    }

    /// <summary>Retries made so far.</summary>
    public long Retries => Interlocked.Read(ref retries);

    /// <summary>Runs <paramref name="call"/> until it succeeds, fails permanently, or runs out of retries.</summary>
    /// <param name="call">One attempt; receives a token cancelled at the attempt's timeout.</param>
    /// <param name="estimatedTokens">Input plus output tokens the call is expected to use, for the token rate limit.</param>
    /// <param name="failed">Called after each failed attempt of this call, with the 1-based attempt number.</param>
    /// <param name="cancellationToken">Cancels waiting and the call in flight.</param>
    /// <exception cref="RequestFailedException">The call failed for good; carries the last fault.</exception>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, int estimatedTokens, Action<Fault, int>? failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var made = 0;
        try
        {
            return await retry.ExecuteAsync(
                async token =>
                {
                    made++;
                    return await AttemptAsync(call, estimatedTokens, made, failed, token);
                },
                cancellationToken);
        }
        catch (TransientFaultException e)
        {
            throw new RequestFailedException(e.Fault, made, e.InnerException);
        }
    }

    private async Task<T> AttemptAsync<T>(Func<CancellationToken, Task<T>> call, int estimatedTokens, int attempt, Action<Fault, int>? failed, CancellationToken cancellationToken)
    {
        await WaitForPauseAsync(cancellationToken);
        if (requests is not null)
        {
            await requests.TakeAsync(1, cancellationToken);
        }

        if (tokens is not null)
        {
            await tokens.TakeAsync(estimatedTokens, cancellationToken);
        }

        await slots.WaitAsync(cancellationToken);
        try
        {
            // Once one attempt has shown that no request can succeed (a rejected key, a refused connection), the calls
            // already queued behind it are not sent: the run is stopping.
            if (Volatile.Read(ref stopped) is { } stop)
            {
                throw new RequestFailedException(stop, attempt);
            }

            return await timeout.ExecuteAsync(async token => await call(token), cancellationToken);
        }
        catch (RequestFailedException)
        {
            throw;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var fault = FaultClassifier.Classify(e);
            if (fault.StopsRun)
            {
                Volatile.Write(ref stopped, fault);
            }

            failed?.Invoke(fault, attempt);
            if (fault.RetryAfter is { } delay && delay > TimeSpan.Zero)
            {
                PauseFor(Min(delay, options.LongestDelay));
            }

            // Classified once here; the retry strategy and the caller read the fault from the exception.
            throw fault.Transient ? new TransientFaultException(fault, e) : new RequestFailedException(fault, attempt, e);
        }
        finally
        {
            slots.Release();
        }
    }

    private void PauseFor(TimeSpan delay)
    {
        var until = time.GetTimestamp() + (long)(delay.TotalSeconds * time.TimestampFrequency);
        long seen;
        do
        {
            seen = Interlocked.Read(ref pausedUntil);
            if (seen >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref pausedUntil, until, seen) != seen);
    }

    private async Task WaitForPauseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var remaining = Interlocked.Read(ref pausedUntil) - time.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds((double)remaining / time.TimestampFrequency), time, cancellationToken);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <inheritdoc />
    public void Dispose()
    {
        slots.Dispose();
        requests?.Dispose();
        tokens?.Dispose();
    }

    /// <summary>One attempt failed in a way another attempt may not; carries its classified fault to the retry strategy.</summary>
    private sealed class TransientFaultException(Fault fault, Exception inner) : Exception(fault.Message, inner)
    {
        public Fault Fault { get; } = fault;
    }
}
