namespace Weft.Testing;

/// <summary>Ready-made values for <see cref="FakeJudgeServer.Responder"/>.</summary>
public static class FakeResponders
{
    /// <summary>Replies with <paramref name="fault"/> while a request's attempt is at most <paramref name="attempts"/> (default 1), then with <see cref="FakeBehavior.Default"/>.</summary>
    public static Func<FakeRequest, FakeBehavior> FailFirstAttempts(FakeBehavior fault, int attempts = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegative(attempts);
        return request => request.Attempt <= attempts ? fault : FakeBehavior.Default;
    }

    /// <summary>Replies with <paramref name="fault"/> with probability <paramref name="rate"/> (0–1) drawn from a generator seeded with <paramref name="seed"/>, else with <see cref="FakeBehavior.Default"/>.</summary>
    public static Func<FakeRequest, FakeBehavior> Randomly(double rate, FakeBehavior fault, int seed)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (double.IsNaN(rate) || rate < 0 || rate > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The fault rate must be between 0 and 1.");
        }

        // Seeded on purpose: a test that fails must fail the same way when run again.
#pragma warning disable CA5394 // Not for security: a reproducible sequence of faults.
        var random = new Random(seed);
        var gate = new Lock();
        return _ =>
        {
            double draw;
            lock (gate)
            {
                draw = random.NextDouble();
            }

            return draw < rate ? fault : FakeBehavior.Default;
        };
#pragma warning restore CA5394
    }

    /// <summary>Replies to every request with <paramref name="behavior"/>.</summary>
    public static Func<FakeRequest, FakeBehavior> Always(FakeBehavior behavior)
    {
        ArgumentNullException.ThrowIfNull(behavior);
        return _ => behavior;
    }
}
