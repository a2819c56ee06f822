using System.Text.Json;

namespace Weft.Protocols.Replies;

/// <summary>Accepts a reply that is exactly the requested JSON: every expected key once and nothing else, each {"explanation": string, "score": integer in range}.</summary>
internal static class StrictJsonReader
{
    public static IReadOnlyList<CriterionScore>? TryRead(string reply, IReadOnlyList<string> expected, ScoreScale scale)
    {
        var text = reply.Trim();
        if (!text.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return Read(document.RootElement, expected, scale);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<CriterionScore>? Read(JsonElement root, IReadOnlyList<string> expected, ScoreScale scale)
    {
        var found = new Dictionary<string, CriterionScore>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!expected.Contains(property.Name, StringComparer.Ordinal) || found.ContainsKey(property.Name)
                || ReadCriterion(property.Name, property.Value, scale) is not { } score)
            {
                return null;
            }

            found.Add(property.Name, score);
        }

        return found.Count == expected.Count ? [.. expected.Select(key => found[key])] : null;
    }

    private static CriterionScore? ReadCriterion(string key, JsonElement value, ScoreScale scale)
    {
        if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().Count() != 2
            || !value.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Number
            || !score.TryGetInt32(out var number) || !scale.Contains(number)
            || !value.TryGetProperty("explanation", out var explanation) || explanation.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return new CriterionScore(key, number, explanation.GetString() ?? "");
    }
}
