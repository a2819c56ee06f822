using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Testing;

namespace Weft.Tests.Testing;

public sealed class FakeJudgeServerTests
{
    [Fact]
    public async Task Counters_RepeatedQuestion_AttemptsNumberedPerKey()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var client = JudgeClients.OpenAI(server);

        await client.GetResponseAsync("A");
        await client.GetResponseAsync("B");
        await client.GetResponseAsync("A");

        Assert.Equal(3, server.RequestCount);
        Assert.Equal([1, 1, 2], server.Requests.Select(r => r.Attempt));
        Assert.Equal(2, server.CountFor(server.Requests[0].RequestKey));
        Assert.Equal(1, server.CountFor(server.Requests[1].RequestKey));
        Assert.Equal(0, server.CountFor("no-such-key"));
    }

    [Fact]
    public async Task Enqueue_TwoReplies_UsedInOrderThenResponder()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("from responder"));
        server.Enqueue(FakeBehavior.Reply("first", 7, 3), FakeBehavior.Reply("second"));
        var client = JudgeClients.OpenAI(server);

        var first = await client.GetResponseAsync("Q");
        var second = await client.GetResponseAsync("Q");
        var third = await client.GetResponseAsync("Q");

        Assert.Equal(["first", "second", "from responder"], [first.Text, second.Text, third.Text]);
        Assert.Equal(7, first.Usage?.InputTokenCount);
        Assert.Equal(3, first.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task FailFirstAttempts_SameQuestionAskedThrice_FailsTwiceThenAnswers()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.FailFirstAttempts(FakeBehavior.ServerError(503), attempts: 2);
        var client = JudgeClients.OpenAI(server);

        var failures = 0;
        ChatResponse? answer = null;
        for (var i = 0; i < 3 && answer is null; i++)
        {
            try
            {
                answer = await client.GetResponseAsync("Q");
            }
            catch (System.ClientModel.ClientResultException e) when (e.Status == 503)
            {
                failures++;
            }
        }

        Assert.Equal(2, failures);
        Assert.Equal("OK", answer?.Text);
        Assert.Equal(3, server.CountFor(server.Requests[0].RequestKey));
    }

    [Fact]
    public async Task Reset_AfterTraffic_ForgetsRequestsCountsAndQueue()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var client = JudgeClients.OpenAI(server);
        await client.GetResponseAsync("Q");
        var key = server.Requests[0].RequestKey;
        server.Enqueue(FakeBehavior.Reply("queued"));

        server.Reset();
        var after = await client.GetResponseAsync("Q");

        Assert.Equal("OK", after.Text);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(1, server.CountFor(key));
        Assert.Equal(1, server.Requests[0].Attempt);
    }

    [Fact]
    public async Task Hang_OneRequestHeld_OtherRequestsStillAnswered()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.Hang(TimeSpan.FromMinutes(5)));
        var client = JudgeClients.OpenAI(server);
        using var cancel = new CancellationTokenSource();

        var held = client.GetResponseAsync("held", cancellationToken: cancel.Token);
        await WhenRequestArrivesAsync(server);

        var answered = await client.GetResponseAsync("free");
        Assert.Equal("OK", answered.Text);
        Assert.False(held.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
    }

    [Fact]
    public async Task Latency_ConcurrentRequests_AllAnswered()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Latency = TimeSpan.FromMilliseconds(50);
        var client = JudgeClients.OpenAI(server);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.GetResponseAsync($"Q{i}")));

        Assert.All(replies, r => Assert.Equal("OK", r.Text));
        Assert.Equal(8, server.RequestCount);
    }

    [Fact]
    public async Task DisposeAsync_WhileARequestHangs_TheClientSeesAFailure()
    {
        var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.Hang(TimeSpan.FromMinutes(5)));
        var held = JudgeClients.OpenAI(server).GetResponseAsync("held");
        await WhenRequestArrivesAsync(server);

        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => held);
    }

    [Fact]
    public async Task Responder_Throws_ClientSeesA500NamingTheProblem()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = _ => throw new InvalidOperationException("responder bug");

        var error = await Assert.ThrowsAsync<System.ClientModel.ClientResultException>(() => JudgeClients.OpenAI(server).GetResponseAsync("Q"));

        Assert.Equal(500, error.Status);
        Assert.Contains("responder bug", error.Message);
    }

    [Theory]
    [InlineData("GET", "v1/chat/completions")]
    [InlineData("POST", "v1/models")]
    [InlineData("POST", "openai/deployments/x/embeddings")]
    public async Task UnknownEndpoint_Any_Returns404Json(string method, string path)
    {
        await using var server = await FakeJudgeServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("not_found", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(0, server.RequestCount);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"model":"m"}""")]
    public async Task ChatEndpoint_BodyWithoutMessages_Returns400AndIsNotCounted(string body)
    {
        await using var server = await FakeJudgeServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var response = await http.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task StartAsync_TwoServers_DifferentLoopbackPorts()
    {
        await using var first = await FakeJudgeServer.StartAsync();
        await using var second = await FakeJudgeServer.StartAsync();

        Assert.Equal("127.0.0.1", first.BaseUri.Host);
        Assert.NotEqual(first.BaseUri.Port, second.BaseUri.Port);
        Assert.Equal(new Uri(first.BaseUri, "v1/"), first.OpenAIEndpoint);
        Assert.EndsWith("/", first.BaseUri.AbsoluteUri);
    }

    private static async Task WhenRequestArrivesAsync(FakeJudgeServer server)
    {
        // A cap so that a broken server fails the test instead of hanging the run.
        using var cap = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (server.RequestCount == 0)
        {
            await Task.Delay(10, cap.Token);
        }
    }
}
