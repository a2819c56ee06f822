using Weft.Testing.FakeServer;

namespace Weft.Testing;

/// <summary>How the fake judge server answers one request: a reply, or a fault as real providers produce them.</summary>
public abstract record FakeBehavior
{
    private protected FakeBehavior()
    {
    }

    /// <summary>A deterministic reply that fills the JSON schema the client asked for, or "OK" when it asked for none.</summary>
    public static FakeBehavior Default { get; } = new DefaultBehavior();

    /// <summary>A 200 reply with <paramref name="content"/> as the assistant message and the given token usage (defaults 120 and 60).</summary>
    public static FakeBehavior Reply(string content, int promptTokens = 120, int completionTokens = 60)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(promptTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(completionTokens);
        return new ReplyBehavior(content, promptTokens, completionTokens);
    }

    /// <summary>A 429 with <c>Retry-After</c> in whole seconds (rounded up, at least 1 unless <paramref name="retryAfter"/> is zero).</summary>
    public static FakeBehavior RateLimited(TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        return new RateLimitedBehavior(retryAfter);
    }

    /// <summary>An error status (default 500, must be 400–599) with a provider-style error body.</summary>
    public static FakeBehavior ServerError(int status = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return new ServerErrorBehavior(status);
    }

    /// <summary>Waits <paramref name="delay"/> (or until the client gives up) and then replies like <see cref="Default"/>.</summary>
    public static FakeBehavior Hang(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new HangBehavior(delay);
    }

    /// <summary>Announces the full <see cref="Default"/> body in Content-Length, sends only its first half and drops the connection.</summary>
    public static FakeBehavior TruncatedBody() => new TruncatedBodyBehavior();

    /// <summary>A 200 with an HTML page instead of JSON, as a misconfigured proxy sends.</summary>
    public static FakeBehavior NonJson() => new NonJsonBehavior();

    /// <summary>A 200 with a well-formed completion that has no choices (for Ollama: a final object without a message).</summary>
    public static FakeBehavior EmptyChoices() => new EmptyChoicesBehavior();

    internal abstract Task RespondAsync(FakeExchange exchange);
}
