using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Testing;

namespace Weft.Tests.Testing;

public sealed class FakeJudgeServerTests
{
    private static readonly JsonElement VerdictSchema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "score": { "type": "integer", "minimum": 0, "maximum": 5 },
            "explanation": { "type": "string", "minLength": 10 },
            "applicable": { "type": "boolean" },
            "aspect": { "enum": ["text_quality", "helpfulness"] }
          },
          "required": ["score", "explanation", "applicable", "aspect"],
          "additionalProperties": false
        }
        """).RootElement;

    private static ChatOptions AskForVerdict => new() { ResponseFormat = ChatResponseFormat.ForJsonSchema(VerdictSchema, "verdict") };

    [Fact]
    public async Task OpenAI_SchemaAndImage_ReplyConformsAndRequestIsCaptured()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var png = TestImages.Png(4, 3, SKColors.Red);
        var image = new DataContent(png, "image/png") { AdditionalProperties = new() { ["detail"] = "low" } };

        var response = await JudgeClients.OpenAI(server).GetResponseAsync(
            [new ChatMessage(ChatRole.User, [new TextContent("Judge this output."), image])], AskForVerdict);

        SchemaAssert.Conforms(VerdictSchema, response.Text);
        Assert.Equal(120, response.Usage?.InputTokenCount);
        Assert.Equal(60, response.Usage?.OutputTokenCount);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("gpt-4o", request.Model);
        Assert.Equal("Bearer test-key", request.Headers["authorization"]);
        Assert.StartsWith("OpenAI/", request.Headers["User-Agent"]);
        var imagePart = request.Body.GetProperty("messages")[0].GetProperty("content")[1];
        Assert.Equal("image_url", imagePart.GetProperty("type").GetString());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), imagePart.GetProperty("image_url").GetProperty("url").GetString());
        Assert.Equal("low", imagePart.GetProperty("image_url").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenAI_SameQuestionTwice_SameReplyAndKey()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var client = JudgeClients.OpenAI(server);

        var first = await client.GetResponseAsync("Rate output 7.", AskForVerdict);
        var second = await client.GetResponseAsync("Rate output 7.", AskForVerdict);
        var other = await client.GetResponseAsync("Rate output 8.", AskForVerdict);

        Assert.Equal(first.Text, second.Text);
        var requests = server.Requests;
        Assert.Equal(requests[0].RequestKey, requests[1].RequestKey);
        Assert.NotEqual(requests[0].RequestKey, requests[2].RequestKey);
        Assert.Matches("^[0-9a-f]{64}$", requests[0].RequestKey);
        SchemaAssert.Conforms(VerdictSchema, other.Text);
    }

    [Fact]
    public async Task OpenAI_NoResponseFormat_RepliesOk()
    {
        await using var server = await FakeJudgeServer.StartAsync();

        var response = await JudgeClients.OpenAI(server).GetResponseAsync("Hello?");

        Assert.Equal("OK", response.Text);
    }

    [Fact]
    public async Task OpenAI_Streaming_UpdatesAssembleTheDefaultReply()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var client = JudgeClients.OpenAI(server);
        var expected = (await client.GetResponseAsync("Judge.", AskForVerdict)).Text;

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync("Judge.", AskForVerdict))
        {
            updates.Add(update);
        }

        Assert.True(updates.Count > 2);
        Assert.Equal(expected, string.Concat(updates.Select(u => u.Text)));
        var usage = updates.SelectMany(u => u.Contents).OfType<UsageContent>().Single();
        Assert.Equal(120, usage.Details.InputTokenCount);
        Assert.True(server.Requests[^1].Body.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task AzureV1Path_OpenAIClient_GetsConformingReply()
    {
        await using var server = await FakeJudgeServer.StartAsync();

        var response = await JudgeClients.OpenAI(new Uri(server.BaseUri, "openai/v1/")).GetResponseAsync("Judge.", AskForVerdict);

        SchemaAssert.Conforms(VerdictSchema, response.Text);
        Assert.Equal("/openai/v1/chat/completions", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task AzureDeploymentPath_PlainPost_ModelIsTheDeploymentAndApiKeyIsCaptured()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, "openai/deployments/judge-4o/chat/completions?api-version=2024-10-21")
        {
            Content = new StringContent("""{"messages":[{"role":"user","content":"hi"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("api-key", "azure-key");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("chat.completion", body.RootElement.GetProperty("object").GetString());
        Assert.Equal("judge-4o", body.RootElement.GetProperty("model").GetString());
        Assert.Equal("stop", body.RootElement.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(180, body.RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt32());
        var captured = Assert.Single(server.Requests);
        Assert.Equal("judge-4o", captured.Model);
        Assert.Equal("azure-key", captured.Headers["api-key"]);
        Assert.False(captured.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Ollama_SchemaAndImage_ReplyConforms()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var png = TestImages.Png(2, 2, SKColors.Blue);

        var response = await JudgeClients.Ollama(server).GetResponseAsync(
            [new ChatMessage(ChatRole.User, [new TextContent("Judge this output."), new DataContent(png, "image/png")])], AskForVerdict);

        SchemaAssert.Conforms(VerdictSchema, response.Text);
        Assert.Equal(120, response.Usage?.InputTokenCount);
        Assert.Equal(60, response.Usage?.OutputTokenCount);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/chat", request.Path);
        Assert.Equal("llava", request.Model);
        Assert.Equal(Convert.ToBase64String(png), request.Body.GetProperty("messages")[0].GetProperty("images")[0].GetString());
        Assert.Equal(JsonValueKind.Object, request.Body.GetProperty("format").ValueKind);
    }

    [Fact]
    public async Task Ollama_Streaming_UpdatesAssembleTheDefaultReply()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var client = JudgeClients.Ollama(server);
        var expected = (await client.GetResponseAsync("Judge.", AskForVerdict)).Text;

        var text = new StringBuilder();
        await foreach (var update in client.GetStreamingResponseAsync("Judge.", AskForVerdict))
        {
            text.Append(update.Text);
        }

        Assert.Equal(expected, text.ToString());
        Assert.True(server.Requests[^1].Body.GetProperty("stream").GetBoolean());
    }

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
