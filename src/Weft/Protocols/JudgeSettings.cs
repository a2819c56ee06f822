namespace Weft.Protocols;

/// <summary>How a judge is asked: the parts of a request that do not come from the data.</summary>
/// <param name="Model">The judge as the user named it, without secrets (for example "openai:gpt-4o").</param>
/// <param name="Temperature">Sampling temperature; default 0 for repeatable verdicts.</param>
/// <param name="MaxOutputTokens">Reply token limit for one request; null lets the protocol choose (400 per aspect asked).</param>
/// <param name="PerAspect">One request per aspect instead of one request for all applicable aspects.</param>
/// <param name="ImageDetail">Image detail level sent to OpenAI-style judges: "auto", "low" or "high".</param>
/// <param name="MaxImageSide">Images are downscaled so their long side is at most this many pixels (default 1024).</param>
public sealed record JudgeSettings(
    string Model,
    float Temperature = 0f,
    int? MaxOutputTokens = null,
    bool PerAspect = false,
    string ImageDetail = "auto",
    int MaxImageSide = 1024);
