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

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
