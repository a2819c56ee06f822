using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI.Images;
using Weft.Judges;
using Weft.Scheduling;

namespace Weft.Generation;

/// <summary>
/// Draws pictures through the OpenAI SDK's image client (OpenAI, Azure OpenAI's v1 API, or any compatible server),
/// asking for base64 bytes so that nothing has to be fetched afterwards.
/// </summary>
/// <remarks>
/// The SDK's image client is used rather than Microsoft.Extensions.AI's <c>IImageGenerator</c>: that API is still
/// marked experimental in 10.11, and the SDK's own client gives the scheduler the <see cref="ClientResultException"/>
/// (with Retry-After) that it already classifies for chat.
/// </remarks>
internal sealed class OpenAIImageBackend(ImageClient client, ImageGenerationOptions options) : IImageBackend
{
    public static OpenAIImageBackend Create(ImageSettings settings, Func<string, string?> environment, HttpMessageHandler handler)
    {
        var spec = settings.Spec;
        var connection = settings.Connection;
        var (width, height) = settings.Pixels;
        var options = new ImageGenerationOptions
        {
            Size = new GeneratedImageSize(width, height),
            Quality = new GeneratedImageQuality(settings.Quality),
        };

        // gpt-image models always answer in base64 and refuse the response_format parameter; DALL·E needs it.
        if (!spec.Model.StartsWith("gpt-image", StringComparison.OrdinalIgnoreCase))
        {
            options.ResponseFormat = GeneratedImageFormat.Bytes;
        }

        var clientOptions = JudgeClientFactory.Options(connection, handler, "image model");
        string? key;
        switch (spec.Provider)
        {
            case "openai":
                var variable = connection.ApiKeyVariable ?? JudgeClientFactory.OpenAIKeyVariable;
                key = environment(variable);
                if (string.IsNullOrEmpty(key))
                {
                    // Local compatible servers ignore the key, but the SDK needs one.
                    key = connection.Url is null
                        ? throw new JudgeConfigurationException($"image model {spec} needs an API key: set {variable} (or name another variable with --key-env), or point --images-url at a compatible server")
                        : "no-key";
                }

                if (connection.Url is not null)
                {
                    clientOptions.Endpoint = connection.Url;
                }

                break;
            case "azure":
                if (connection.Url is null)
                {
                    throw new JudgeConfigurationException($"image model {spec} needs --images-url https://YOUR-RESOURCE.openai.azure.com");
                }

                var azureVariable = connection.ApiKeyVariable ?? JudgeClientFactory.AzureKeyVariable;
                key = environment(azureVariable);
                if (string.IsNullOrEmpty(key))
                {
                    throw new JudgeConfigurationException($"image model {spec} needs an API key: set {azureVariable} (or name another variable with --key-env)");
                }

                var url = connection.Url.AbsoluteUri;
                var endpoint = url.Contains("/openai/", StringComparison.OrdinalIgnoreCase) ? url : url.TrimEnd('/') + "/openai/v1/";
                clientOptions.Endpoint = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
                clientOptions.AddPolicy(new HeaderPolicy("api-key", key), PipelinePosition.PerCall);
                break;
            default:
                throw new JudgeConfigurationException($"image model '{spec}' is not supported: use openai:MODEL or azure:DEPLOYMENT");
        }

        return new OpenAIImageBackend(new ImageClient(spec.Model, new ApiKeyCredential(key), clientOptions), options);
    }

    public async Task<(byte[] Bytes, string? RevisedPrompt)> GenerateAsync(string prompt, CancellationToken cancellationToken)
    {
        var result = await client.GenerateImageAsync(prompt, options, cancellationToken);
        var image = result.Value;
        var bytes = image.ImageBytes?.ToArray();
        return bytes is { Length: > 0 } ? (bytes, image.RevisedPrompt) : throw new EmptyReplyException("the image model answered without image bytes");
    }
}
