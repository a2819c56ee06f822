using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;
using Weft.Testing;

namespace Weft.Tests.Testing;

/// <summary>The real provider clients, pointed at a fake judge server, with the SDK's own retries off.</summary>
internal static class JudgeClients
{
    public static IChatClient OpenAI(FakeJudgeServer server, TimeSpan? networkTimeout = null) =>
        OpenAI(server.OpenAIEndpoint, networkTimeout);

    public static IChatClient OpenAI(Uri endpoint, TimeSpan? networkTimeout = null) =>
        new OpenAI.Chat.ChatClient("gpt-4o", new ApiKeyCredential("test-key"), new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = networkTimeout,
        }).AsIChatClient();

    public static IChatClient Ollama(FakeJudgeServer server) => new OllamaApiClient(server.BaseUri, "llava");
}
