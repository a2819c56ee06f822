namespace Weft.Scheduling;

/// <summary>A token bucket refilled continuously; waiters are served in arrival order.</summary>
/// <remarks>Written here rather than taken from System.Threading.RateLimiting so that time comes from a <see cref="TimeProvider"/> and tests can drive it.</remarks>
internal sealed class TokenBucket : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly double capacity;
    private readonly double refillPerSecond;
    private readonly TimeProvider time;
    private double tokens;
    private long stamp;

    public TokenBucket(double capacity, double refillPerSecond, TimeProvider time)
    {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.time = time;
        tokens = capacity;
        stamp = time.GetTimestamp();
    }

    /// <summary>A bucket for a per-minute budget that allows bursts of a sixth of it (ten seconds' worth).</summary>
    public static TokenBucket PerMinute(int perMinute, TimeProvider time) =>
        new(Math.Max(1, perMinute / 6.0), perMinute / 60.0, time);

    /// <summary>Waits until <paramref name="amount"/> tokens (capped at the capacity) are available and takes them.</summary>
    public async Task TakeAsync(double amount, CancellationToken cancellationToken)
    {
        amount = Math.Min(amount, capacity);
        await turn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetTimestamp();
                tokens = Math.Min(capacity, tokens + (time.GetElapsedTime(stamp, now).TotalSeconds * refillPerSecond));
                stamp = now;
                if (tokens >= amount)
                {
                    tokens -= amount;
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds((amount - tokens) / refillPerSecond), time, cancellationToken);
            }
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();
}
