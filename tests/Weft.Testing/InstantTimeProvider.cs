using System.Collections.Concurrent;

namespace Weft.Testing;

/// <summary>
/// A clock on which every wait ends at once: a timer for a delay moves the clock forward by that delay and fires.
/// Tests read <see cref="Delays"/> to check what the code waited for, without waiting. Timers of
/// <see cref="NeverFires"/> or longer never fire: they stand for timeouts a passing call never reaches.
/// </summary>
public sealed class InstantTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> delays = new();
    private long ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    /// <summary>Timers at least this long never fire (default one hour).</summary>
    public TimeSpan NeverFires { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Every timer delay requested, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => [.. delays];

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    /// <inheritdoc />
    public override long GetTimestamp() => Interlocked.Read(ref ticks);

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new InstantTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class InstantTimer(InstantTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private bool disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (disposed || dueTime == Timeout.InfiniteTimeSpan || dueTime >= clock.NeverFires)
            {
                return !disposed;
            }

            clock.delays.Enqueue(dueTime);
            clock.Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return true;
        }

        public void Dispose() => disposed = true;

        public ValueTask DisposeAsync()
        {
            disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
