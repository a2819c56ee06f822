using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;

namespace Weft.Judges;

/// <summary>Turns a judge spec into an <see cref="IChatClient"/>: the one place that knows provider specifics.</summary>
/// <remarks>
/// SDK-level retries are switched off: the scheduler retries, so every attempt is counted, rate-limited and visible.
/// API keys are read from the environment here and go nowhere else.
/// </remarks>
public static class JudgeClientFactory
{
    /// <summary>Default key variable for OpenAI-compatible endpoints.</summary>
    public const string OpenAIKeyVariable = "OPENAI_API_KEY";

    /// <summary>Default key variable for Azure OpenAI.</summary>
    public const string AzureKeyVariable = "AZURE_OPENAI_API_KEY";

    private static readonly Uri OllamaDefault = new("http://localhost:11434/");
    private static readonly TimeSpan TimeoutMargin = TimeSpan.FromSeconds(5);

    /// <summary>Creates the chat client for <paramref name="spec"/>; throws <see cref="JudgeConfigurationException"/> on a configuration mistake.</summary>
    /// <param name="spec">The judge; must not be "none".</param>
    /// <param name="connection">Endpoint, key variable and per-attempt timeout.</param>
    /// <param name="environment">Reads environment variables (injected for tests).</param>
    /// <param name="handler">The HTTP handler to send through (one connection pool for the whole run).</param>
    public static IChatClient Create(JudgeSpec spec, JudgeConnection connection, Func<string, string?> environment, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(environment);
        return spec.Provider switch
        {
            "openai" => CreateOpenAI(spec, connection, environment, handler),
            "azure" => CreateAzure(spec, connection, environment, handler),
            "ollama" => CreateOllama(spec, connection, handler),
            _ => throw new JudgeConfigurationException($"judge '{spec}' cannot answer requests"),
        };
    }

    private static InlineImageChatClient CreateOpenAI(JudgeSpec spec, JudgeConnection connection, Func<string, string?> environment, HttpMessageHandler handler)
    {
        var variable = connection.ApiKeyVariable ?? OpenAIKeyVariable;
        var key = environment(variable);
        if (string.IsNullOrEmpty(key))
        {
            if (connection.Url is null)
            {
                throw new JudgeConfigurationException(
                    $"judge {spec} needs an API key: set {variable} (or name another variable with --judge-key-env), or point --judge-url at a local OpenAI-compatible server");
            }

            // Local OpenAI-compatible servers (vLLM, llama.cpp, LM Studio) usually ignore the key, but the SDK needs one.
            key = "no-key";
        }

        var options = Options(connection, handler);
        if (connection.Url is not null)
        {
            options.Endpoint = connection.Url;
        }

        return WithStreamedImages(spec, key, options);
    }

    private static InlineImageChatClient CreateAzure(JudgeSpec spec, JudgeConnection connection, Func<string, string?> environment, HttpMessageHandler handler)
    {
        if (connection.Url is null)
        {
            throw new JudgeConfigurationException($"judge {spec} needs --judge-url https://YOUR-RESOURCE.openai.azure.com");
        }

        var variable = connection.ApiKeyVariable ?? AzureKeyVariable;
        var key = environment(variable);
        if (string.IsNullOrEmpty(key))
        {
            throw new JudgeConfigurationException($"judge {spec} needs an API key: set {variable} (or name another variable with --judge-key-env)");
        }

        // Azure OpenAI's v1 API is OpenAI-compatible under /openai/v1/; it takes the key in the api-key header.
        var url = connection.Url.AbsoluteUri;
        var endpoint = url.Contains("/openai/", StringComparison.OrdinalIgnoreCase) ? url : url.TrimEnd('/') + "/openai/v1/";
        var options = Options(connection, handler);
        options.Endpoint = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
        options.AddPolicy(new HeaderPolicy("api-key", key), PipelinePosition.PerCall);
        return WithStreamedImages(spec, key, options);
    }

    // Inline images are streamed into the request body rather than built into data: URI strings by the SDK (InlineImages).
    private static InlineImageChatClient WithStreamedImages(JudgeSpec spec, string key, OpenAIClientOptions options)
    {
        var images = new InlineImages();
        options.AddPolicy(new InlineImagePolicy(images), PipelinePosition.PerCall);
        return new InlineImageChatClient(new OpenAI.Chat.ChatClient(spec.Model, new ApiKeyCredential(key), options).AsIChatClient(), images);
    }

    private static OllamaApiClient CreateOllama(JudgeSpec spec, JudgeConnection connection, HttpMessageHandler handler)
    {
        var client = new HttpClient(new EndpointNamingHandler(handler, "judge", connection.Url ?? OllamaDefault), disposeHandler: false)
        {
            BaseAddress = connection.Url ?? OllamaDefault,
            Timeout = connection.Timeout + TimeoutMargin,
        };
        return new OllamaApiClient(client, spec.Model);
    }

    // The scheduler enforces the per-attempt timeout; the transport's own limit is a backstop just behind it.
    // The naming handler holds nothing to dispose, and the shared handler beneath it belongs to the caller.
    internal static OpenAIClientOptions Options(JudgeConnection connection, HttpMessageHandler handler, string what = "judge") => new()
    {
        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        NetworkTimeout = connection.Timeout + TimeoutMargin,
        Transport = new HttpClientPipelineTransport(
            new HttpClient(new EndpointNamingHandler(handler, what, connection.Url), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }),
        UserAgentApplicationId = "weft",
    };
}
