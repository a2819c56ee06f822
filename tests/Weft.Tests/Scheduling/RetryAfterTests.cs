using Microsoft.Extensions.AI;
using Weft.Judges;
using Weft.Scheduling;
using Weft.Testing;

namespace Weft.Tests.Scheduling;

/// <summary>Retry-After from a real 429 reply, through the real OpenAI client, sets the wait before the next attempt.</summary>
public sealed class RetryAfterTests
{
    [Fact]
    public async Task RunAsync_RateLimitedWithRetryAfter_WaitsWhatTheServerAsked()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.RateLimited(TimeSpan.FromSeconds(7)));
        using var handler = new SocketsHttpHandler();
        using var client = JudgeClientFactory.Create(JudgeSpec.Parse("openai:m"), new JudgeConnection(server.OpenAIEndpoint, null, TimeSpan.FromSeconds(30)), _ => "k", handler);
        var clock = new InstantTimeProvider();
        using var scheduler = new RequestScheduler(new SchedulerOptions(RequestTimeout: TimeSpan.FromDays(1)), clock);
        var faults = new List<Fault>();

        var reply = await scheduler.RunAsync(token => client.GetResponseAsync("hello", cancellationToken: token), 10, (fault, _) => faults.Add(fault), CancellationToken.None);

        Assert.Equal("OK", reply.Text);
        Assert.Equal(2, server.RequestCount);
        var fault = Assert.Single(faults);
        Assert.Equal(("rate-limited", (TimeSpan?)TimeSpan.FromSeconds(7)), (fault.Kind, fault.RetryAfter));
        Assert.Contains(TimeSpan.FromSeconds(7), clock.Delays);
    }

    [Fact]
    public async Task RunAsync_RetryAfterLongerThanMaxDelay_WaitsMaxDelay()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.RateLimited(TimeSpan.FromSeconds(600)));
        using var handler = new SocketsHttpHandler();
        using var client = JudgeClientFactory.Create(JudgeSpec.Parse("openai:m"), new JudgeConnection(server.OpenAIEndpoint, null, TimeSpan.FromSeconds(30)), _ => "k", handler);
        var clock = new InstantTimeProvider();
        using var scheduler = new RequestScheduler(new SchedulerOptions(RequestTimeout: TimeSpan.FromHours(23), MaxDelay: TimeSpan.FromSeconds(60)), clock);

        await scheduler.RunAsync(token => client.GetResponseAsync("hello", cancellationToken: token), 10, null, CancellationToken.None);

        Assert.Contains(TimeSpan.FromSeconds(60), clock.Delays);
        Assert.DoesNotContain(clock.Delays, d => d > TimeSpan.FromSeconds(60) && d < TimeSpan.FromHours(1));
    }
}
