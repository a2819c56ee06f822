namespace Weft.Protocols.Replies;

/// <summary>Maps labels found in a reply ("Text Quality", "TIC", "Text-Image Coherence (TIC)") to the expected keys.</summary>
internal sealed class KeyResolver(IReadOnlyList<string> expected, Func<string, string?> matchKey)
{
    private static readonly HashSet<string> GenericScoreLabels = new(StringComparer.Ordinal)
    {
        "score", "rating", "grade", "finalscore", "finalrating", "overallscore", "overallrating",
    };

    // Text readings ask about the same labels several times; the caller's matcher may be costly.
    private readonly Dictionary<string, string?> known = new(StringComparer.Ordinal);

    /// <summary>The only expected key, or null when several are expected (a bare "Score: 4" is then nobody's).</summary>
    public string? Single { get; } = expected.Count == 1 ? expected[0] : null;

    /// <summary>The expected key a label names, or null when it names none of them.</summary>
    public string? Resolve(string label) => Expected(Known(label));

    /// <summary>The key a label names even when it is not expected (so "Text quality" can close a section), or null.</summary>
    public string? Known(string label)
    {
        var text = Markup.Strip(label);
        if (text.Length == 0)
        {
            return null;
        }

        if (!known.TryGetValue(text, out var key))
        {
            key = Find(text);
            known.Add(text, key);
        }

        return key;
    }

    private string? Find(string text)
    {
        var direct = Lookup(text);
        if (direct is not null || !text.EndsWith(')'))
        {
            return direct;
        }

        // "Text-Image Coherence (TIC)": the name outside the parentheses, else the abbreviation inside.
        var open = text.LastIndexOf('(');
        return open <= 0 ? null : Lookup(text[..open].Trim()) ?? Lookup(text[(open + 1)..^1].Trim());
    }

    /// <summary>The key <paramref name="known"/> stands for when it is expected, else null.</summary>
    public string? Expected(string? known) =>
        known is null ? null : expected.FirstOrDefault(key => key.Equals(known, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for labels that name a score but no criterion ("Score", "Final rating").</summary>
    public static bool IsGenericScoreLabel(string label) =>
        GenericScoreLabels.Contains(new string([.. label.Where(char.IsLetter).Select(char.ToLowerInvariant)]));

    private string? Lookup(string text)
    {
        foreach (var key in expected)
        {
            if (key.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return text.Length == 0 ? null : matchKey(text);
    }
}
