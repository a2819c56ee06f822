using Microsoft.AspNetCore.Http;

namespace Weft.Testing.FakeServer;

/// <summary>Which chat endpoint a path names: its protocol, and the model when the path carries it (Azure deployments).</summary>
internal sealed record ChatRoute(ChatDialect Dialect, string? Deployment)
{
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

        if (path.Equals("/api/chat"))
        {
            return new ChatRoute(OllamaDialect.Instance, null);
        }

        // /openai/deployments/{deployment}/chat/completions
        if (path.StartsWithSegments(LegacyAzure, out var rest)
            && rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var deployment, "chat", "completions"])
        {
            return new ChatRoute(OpenAIDialect.Instance, Uri.UnescapeDataString(deployment));
        }

        return null;
    }
}
