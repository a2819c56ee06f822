using Microsoft.AspNetCore.Http;

namespace Weft.Testing.FakeServer;

/// <summary>Which chat (or image generation) endpoint a path names: its protocol, and the model when the path carries it (Azure deployments).</summary>
internal sealed record ChatRoute(ChatDialect Dialect, string? Deployment)
{
    /// <summary>Whether the route generates images rather than chat replies.</summary>
    public bool Images => Dialect is ImagesDialect;

    private static readonly PathString LegacyAzure = "/openai/deployments";

    public static ChatRoute? Match(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        var path = request.Path;
        if (path.Equals("/v1/chat/completions") || path.Equals("/openai/v1/chat/completions"))
        {
            return new ChatRoute(OpenAIDialect.Instance, null);
        }

        if (path.Equals("/v1/images/generations") || path.Equals("/openai/v1/images/generations"))
        {
            return new ChatRoute(ImagesDialect.Instance, null);
        }

        if (path.Equals("/api/chat"))
        {
            return new ChatRoute(OllamaDialect.Instance, null);
        }

        // /openai/deployments/{deployment}/chat/completions and /openai/deployments/{deployment}/images/generations
        if (path.StartsWithSegments(LegacyAzure, out var rest))
        {
            switch (rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                case [var deployment, "chat", "completions"]:
                    return new ChatRoute(OpenAIDialect.Instance, Uri.UnescapeDataString(deployment));
                case [var deployment, "images", "generations"]:
                    return new ChatRoute(ImagesDialect.Instance, Uri.UnescapeDataString(deployment));
            }
        }

        return null;
    }
}
