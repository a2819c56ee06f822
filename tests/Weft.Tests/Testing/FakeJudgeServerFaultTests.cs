using System.ClientModel;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Testing;

namespace Weft.Tests.Testing;

/// <summary>Each fault as the real clients see it: these are the exception types a judge must classify.</summary>
public sealed class FakeJudgeServerFaultTests
{
    [Theory]
    [InlineData(2500, "3")]
    [InlineData(200, "1")]
    [InlineData(0, "0")]
    public async Task RateLimited_OpenAI_ClientResultException429WithRetryAfter(int milliseconds, string expected)
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.RateLimited(TimeSpan.FromMilliseconds(milliseconds)));

        var error = await Assert.ThrowsAsync<ClientResultException>(() => JudgeClients.OpenAI(server).GetResponseAsync("Q"));

        Assert.Equal(429, error.Status);
        Assert.True(error.GetRawResponse()!.Headers.TryGetValue("Retry-After", out var retryAfter));
        Assert.Equal(expected, retryAfter);
        Assert.Contains("rate_limit_exceeded", error.Message);
        Assert.Equal(1, server.RequestCount);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ServerError_OpenAI_ClientResultExceptionWithStatus(int status)
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.ServerError(status));

        var error = await Assert.ThrowsAsync<ClientResultException>(() => JudgeClients.OpenAI(server).GetResponseAsync("Q"));

        Assert.Equal(status, error.Status);
    }

    [Fact]
    public async Task TruncatedBody_OpenAI_FailsAsARetryableNetworkFault()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.TruncatedBody());

        // Usually a ClientResultException (status 0) around an HttpRequestException; on a loaded machine the reset can
        // surface as the socket's own IOException first. Either way the scheduler must see a transient network fault.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => JudgeClients.OpenAI(server).GetResponseAsync("Q"));

        Assert.True(error is ClientResultException { Status: 0 } or HttpRequestException or IOException, error.ToString());
        var fault = Weft.Scheduling.FaultClassifier.Classify(error);
        Assert.Equal(("network", true), (fault.Kind, fault.Transient));
    }

    [Fact]
    public async Task TruncatedBody_PlainHttpClient_ReadingTheBodyFails()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.TruncatedBody());
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        // Whether the reset lands before or after the headers, the client must not get a whole body.
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var response = await http.PostAsync("v1/chat/completions", new StringContent("""{"messages":[]}"""));
            await response.Content.ReadAsByteArrayAsync();
        });
    }

    [Fact]
    public async Task NonJson_OpenAI_JsonException()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.NonJson());

        await Assert.ThrowsAnyAsync<JsonException>(() => JudgeClients.OpenAI(server).GetResponseAsync("Q"));
    }

    [Fact]
    public async Task NonJson_PlainHttpClient_HtmlBadGatewayPage()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.NonJson());
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var response = await http.PostAsync("v1/chat/completions", new StringContent("""{"messages":[]}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html><body>502 Bad Gateway</body></html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EmptyChoices_OpenAI_ArgumentOutOfRangeFromTheAdapter()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.EmptyChoices());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => JudgeClients.OpenAI(server).GetResponseAsync("Q"));
    }

    [Fact]
    public async Task EmptyChoices_PlainHttpClient_CompletionWithEmptyChoices()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.EmptyChoices());
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var response = await http.PostAsync("v1/chat/completions", new StringContent("""{"model":"m","messages":[]}"""));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("chat.completion", body.RootElement.GetProperty("object").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public async Task Hang_OpenAIWithOneSecondNetworkTimeout_TaskCanceledNamingTheTimeout()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.Hang(TimeSpan.FromMinutes(5)));

        var error = await Assert.ThrowsAsync<TaskCanceledException>(
            () => JudgeClients.OpenAI(server, networkTimeout: TimeSpan.FromSeconds(1)).GetResponseAsync("Q"));

        Assert.Contains("timeout", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hang_ShortDelay_RepliesDefaultAfterwards()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.Hang(TimeSpan.FromMilliseconds(20)));

        var response = await JudgeClients.OpenAI(server).GetResponseAsync("Q");

        Assert.Equal("OK", response.Text);
    }

    [Fact]
    public async Task RateLimited_Ollama_HttpRequestExceptionWithStatus()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.RateLimited(TimeSpan.FromSeconds(1)));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => JudgeClients.Ollama(server).GetResponseAsync("Q"));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
    }

    [Fact]
    public async Task TruncatedBody_Ollama_HttpRequestException()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.TruncatedBody());

        await Assert.ThrowsAsync<HttpRequestException>(() => JudgeClients.Ollama(server).GetResponseAsync("Q"));
    }

    [Fact]
    public async Task NonJson_Ollama_JsonException()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.NonJson());

        await Assert.ThrowsAnyAsync<JsonException>(() => JudgeClients.Ollama(server).GetResponseAsync("Q"));
    }

    [Fact]
    public async Task EmptyChoices_Ollama_EmptyText()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.EmptyChoices());

        var response = await JudgeClients.Ollama(server).GetResponseAsync("Q");

        Assert.Equal("", response.Text);
    }
}
