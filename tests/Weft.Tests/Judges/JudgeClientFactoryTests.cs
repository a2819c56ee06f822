using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Judges;
using Weft.Testing;

namespace Weft.Tests.Judges;

public sealed class JudgeClientFactoryTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private FakeJudgeServer server = null!;

    public async Task InitializeAsync() => server = await FakeJudgeServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Create_OpenAI_SendsTheKeyFromTheNamedVariable()
    {
        using var handler = new SocketsHttpHandler();
        var client = JudgeClientFactory.Create(
            JudgeSpec.Parse("openai:gpt-4o"), new JudgeConnection(server.OpenAIEndpoint, "MY_KEY", Timeout), Env(("MY_KEY", "k-123")), handler);

        var reply = await client.GetResponseAsync("hello");

        Assert.Equal("OK", reply.Text);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer k-123", request.Headers["Authorization"]);
        Assert.Equal("gpt-4o", request.Model);
    }

    [Fact]
    public async Task Create_Azure_UsesTheV1PathAndTheApiKeyHeader()
    {
        using var handler = new SocketsHttpHandler();
        var client = JudgeClientFactory.Create(
            JudgeSpec.Parse("azure:my-deployment"), new JudgeConnection(server.BaseUri, null, Timeout), Env(("AZURE_OPENAI_API_KEY", "az-key")), handler);

        await client.GetResponseAsync("hello");

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("az-key", request.Headers["api-key"]);
        Assert.Equal("my-deployment", request.Model);
    }

    [Fact]
    public async Task Create_Ollama_TalksToApiChat()
    {
        using var handler = new SocketsHttpHandler();
        var client = JudgeClientFactory.Create(JudgeSpec.Parse("ollama:llava"), new JudgeConnection(server.BaseUri, null, Timeout), Env(), handler);

        var reply = await client.GetResponseAsync("hello");

        Assert.Equal("OK", reply.Text);
        Assert.Equal("/api/chat", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void Create_OpenAIWithoutKeyOrUrl_SaysWhichVariableToSet()
    {
        using var handler = new SocketsHttpHandler();

        var error = Assert.Throws<JudgeConfigurationException>(() =>
            JudgeClientFactory.Create(JudgeSpec.Parse("openai:gpt-4o"), new JudgeConnection(null, null, Timeout), Env(), handler));

        Assert.Contains("OPENAI_API_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AzureWithoutUrl_AsksForTheResourceUrl()
    {
        using var handler = new SocketsHttpHandler();

        var error = Assert.Throws<JudgeConfigurationException>(() =>
            JudgeClientFactory.Create(JudgeSpec.Parse("azure:d"), new JudgeConnection(null, null, Timeout), Env(("AZURE_OPENAI_API_KEY", "x")), handler));

        Assert.Contains("--judge-url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_LocalServerWithoutKey_Works()
    {
        using var handler = new SocketsHttpHandler();
        var client = JudgeClientFactory.Create(JudgeSpec.Parse("openai:local"), new JudgeConnection(server.OpenAIEndpoint, null, Timeout), Env(), handler);

        Assert.Equal("OK", (await client.GetResponseAsync("hello")).Text);
    }

    [Theory]
    [InlineData("openai:gpt-4o")]
    [InlineData("azure:my-deployment")]
    public async Task Create_OpenAIOrAzure_InlineImagesArriveByteForByteInOrder(string judge)
    {
        using var handler = new SocketsHttpHandler();
        var endpoint = judge.StartsWith("azure", StringComparison.Ordinal) ? server.BaseUri : server.OpenAIEndpoint;
        var client = JudgeClientFactory.Create(JudgeSpec.Parse(judge), new JudgeConnection(endpoint, null, Timeout), Env(("OPENAI_API_KEY", "k"), ("AZURE_OPENAI_API_KEY", "k")), handler);
        var random = new Random(7);

        // Sizes around the encoder's 24 KiB chunks and every remainder modulo 3, so padding and chunk joins are both checked.
        var images = new[] { 1, 2, 3, 24_575, 24_576, 24_577, 100_001 }.Select(size =>
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            return bytes;
        }).ToList();
        var contents = new List<AIContent> { new TextContent("first") };
        contents.AddRange(images.Select((bytes, i) => (AIContent)new DataContent(bytes, i % 2 == 0 ? "image/png" : "image/jpeg")
        {
            AdditionalProperties = new() { ["detail"] = "low" },
        }));
        contents.Add(new TextContent("last"));

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, contents)]);

        var parts = Assert.Single(server.Requests).Body.GetProperty("messages")[0].GetProperty("content");
        Assert.Equal(images.Count + 2, parts.GetArrayLength());
        Assert.Equal("first", parts[0].GetProperty("text").GetString());
        Assert.Equal("last", parts[images.Count + 1].GetProperty("text").GetString());
        for (var i = 0; i < images.Count; i++)
        {
            var url = parts[i + 1].GetProperty("image_url");
            var mediaType = i % 2 == 0 ? "image/png" : "image/jpeg";
            Assert.Equal($"data:{mediaType};base64," + Convert.ToBase64String(images[i]), url.GetProperty("url").GetString());
            Assert.Equal("low", url.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Create_OpenAI_TextThatLooksLikeAnImageTokenIsSentAsItIs()
    {
        using var handler = new SocketsHttpHandler();
        var client = JudgeClientFactory.Create(JudgeSpec.Parse("openai:gpt-4o"), new JudgeConnection(server.OpenAIEndpoint, null, Timeout), Env(), handler);
        var image = new DataContent(new byte[] { 1, 2, 3, 4 }, "image/png");

        // A reply or output text can contain any letters; only the tokens this process registered are replaced.
        const string text = "AAAAAAAAAAAAAAAAAAAAAAAA and AQIDBA== and data:image/png;base64,AAAA";
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, [new TextContent(text), image, new TextContent(text)])]);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, [new TextContent(text)])]);

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        var parts = requests[0].Body.GetProperty("messages")[0].GetProperty("content");
        Assert.Equal(text, parts[0].GetProperty("text").GetString());
        Assert.Equal("data:image/png;base64,AQIDBA==", parts[1].GetProperty("image_url").GetProperty("url").GetString());
        Assert.Equal(text, parts[2].GetProperty("text").GetString());
        var second = requests[1].Body.GetProperty("messages")[0].GetProperty("content");
        Assert.Equal(text, second.ValueKind == JsonValueKind.String ? second.GetString() : second[0].GetProperty("text").GetString());
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
