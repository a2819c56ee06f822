namespace Weft.Judges;

/// <summary>Which judge to use, as written on the command line: <c>none</c>, <c>openai:MODEL</c>, <c>azure:DEPLOYMENT</c> or <c>ollama:MODEL</c>.</summary>
/// <param name="Provider">"none", "openai", "azure" or "ollama".</param>
/// <param name="Model">Model (or Azure deployment) name; empty for "none".</param>
public sealed record JudgeSpec(string Provider, string Model)
{
    /// <summary>Providers understood by <see cref="Parse"/>.</summary>
    public static IReadOnlyList<string> Providers { get; } = ["openai", "azure", "ollama"];

    /// <summary>No judge: offline metrics only.</summary>
    public static JudgeSpec None { get; } = new("none", string.Empty);

    /// <summary>Whether this is the "none" judge.</summary>
    public bool IsNone => Provider == "none";

    /// <summary>Parses a spec; throws <see cref="ArgumentException"/> with a helpful message when it is malformed.</summary>
    public static JudgeSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var provider = colon < 0 ? string.Empty : trimmed[..colon].ToLowerInvariant();
        var model = colon < 0 ? string.Empty : trimmed[(colon + 1)..].Trim();
        if (!Providers.Contains(provider) || model.Length == 0)
        {
            throw new ArgumentException(
                $"invalid judge '{text}': expected none, openai:MODEL, azure:DEPLOYMENT or ollama:MODEL (for example openai:gpt-4o)");
        }

        return new JudgeSpec(provider, model);
    }

    /// <summary>The spec as written (never contains a secret).</summary>
    public override string ToString() => IsNone ? "none" : $"{Provider}:{Model}";
}
