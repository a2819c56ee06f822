namespace Weft.Judges;

/// <summary>Where and how to reach a judge.</summary>
/// <param name="Url">Endpoint base URL; null for the provider's default (OpenAI's API, Ollama on localhost:11434). Required for Azure.</param>
/// <param name="ApiKeyVariable">Environment variable holding the API key; null for the provider's default (OPENAI_API_KEY, AZURE_OPENAI_API_KEY).</param>
/// <param name="Timeout">Time limit for one HTTP attempt.</param>
public sealed record JudgeConnection(Uri? Url, string? ApiKeyVariable, TimeSpan Timeout);
