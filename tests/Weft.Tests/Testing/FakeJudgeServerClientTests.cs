using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Testing;

namespace Weft.Tests.Testing;

/// <summary>Happy paths through the real OpenAI and Ollama clients: the wire protocols are spoken faithfully.</summary>
public sealed class FakeJudgeServerClientTests
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
    public async Task JsonModeWithoutSchema_BothClients_EmptyJsonObject()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.Json };

        var openAI = await JudgeClients.OpenAI(server).GetResponseAsync("Q", options);
        var ollama = await JudgeClients.Ollama(server).GetResponseAsync("Q", options);

        Assert.Equal("{}", openAI.Text);
        Assert.Equal("{}", ollama.Text);
        Assert.Equal("json_object", server.Requests[0].Body.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Equal("json", server.Requests[1].Body.GetProperty("format").GetString());
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
}
