using System.Globalization;

namespace Weft.Testing.FakeServer;

/// <summary>Replies 429 with a Retry-After header, as providers do when a quota is exhausted.</summary>
internal sealed record RateLimitedBehavior(TimeSpan RetryAfter) : FakeBehavior
{
    /// <summary>Whole seconds, rounded up so that a client never retries too early, and never 0 for a non-zero wait.</summary>
    public long RetryAfterSeconds => (long)Math.Ceiling(RetryAfter.TotalSeconds);

    internal override Task RespondAsync(FakeExchange exchange)
    {
        exchange.Http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return exchange.SendAsync(429, exchange.Dialect.Error("Rate limit reached", "requests", "rate_limit_exceeded"));
    }
}
