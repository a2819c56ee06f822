using System.Text.Json;

namespace Weft.Protocols.Replies;

/// <summary>Reads scores out of a JSON value in any of the shapes judges use.</summary>
/// <remarks>
/// Accepted: {"key": {"score": n, "explanation": s}}; the same under a wrapper field ("scores", "evaluation", ...);
/// an array of {"aspect": key, "score": n, "explanation": s}; flat {"key": n, "key_explanation": s}; a map of
/// explanations beside a map of scores; and, when exactly one key is expected, a bare {"score": n, "explanation": s}.
/// </remarks>
internal sealed class JsonFindingReader(KeyResolver keys, ScoreScale scale)
{
    private static readonly Dictionary<string, string> NoExplanations = [];

    public void Read(JsonCandidate candidate, List<Finding> findings)
    {
        var before = findings.Count;
        Visit(candidate.Root, candidate.Start, findings, NoExplanations);
        // {"score": 4} names no criterion, so it can only mean the one asked for; {"aspect": "other", "score": 4} cannot.
        if (findings.Count == before && keys.Single is { } single && candidate.Root.ValueKind == JsonValueKind.Object
            && FindField(candidate.Root, FieldNames.Name) is null
            && FindField(candidate.Root, FieldNames.Score) is { } score && score.ValueKind != JsonValueKind.Object)
        {
            findings.Add(new Finding(single, ScoreText.FromJson(score, scale), ExplanationOf(candidate.Root), candidate.Start, true));
        }
    }

    private void Visit(JsonElement element, int position, List<Finding> findings, Dictionary<string, string> inherited)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, position, findings, inherited);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object && FindField(element, FieldNames.Name) is { ValueKind: JsonValueKind.String } name
            && FindField(element, FieldNames.Score) is not null)
        {
            // An item such as {"aspect": "TQ", "score": 4}, in an array or alone.
            ReadItem(element, name.GetString() ?? "", position, findings);
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            VisitObject(element, position, findings, inherited);
        }
    }

    private void ReadItem(JsonElement item, string label, int position, List<Finding> findings)
    {
        if (keys.Resolve(label) is not { } key)
        {
            return;
        }

        var score = FindField(item, FieldNames.Score);
        var value = score is { } found ? ScoreText.FromJson(found, scale) : ScoreValue.Absent();
        findings.Add(new Finding(key, value, ExplanationOf(item), position, true));
    }

    private void VisitObject(JsonElement obj, int position, List<Finding> findings, Dictionary<string, string> inherited)
    {
        var explanations = SiblingExplanations(obj, inherited);
        foreach (var property in obj.EnumerateObject())
        {
            if (keys.Resolve(property.Name) is { } key)
            {
                findings.Add(ReadCriterion(key, property.Value, explanations, position));
            }
            else if (keys.Resolve(FieldNames.StripAffix(property.Name, FieldNames.Score) ?? "") is { } flatKey
                && property.Value.ValueKind != JsonValueKind.Object)
            {
                findings.Add(new Finding(flatKey, ScoreText.FromJson(property.Value, scale), explanations.GetValueOrDefault(flatKey, ""), position, true));
            }
            else if (FieldNames.IsOne(property.Name, FieldNames.Wrapper))
            {
                Visit(property.Value, position, findings, explanations);
            }
        }
    }

    private Finding ReadCriterion(string key, JsonElement value, Dictionary<string, string> explanations, int position)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return new Finding(key, ScoreText.FromJson(value, scale), explanations.GetValueOrDefault(key, ""), position, true);
        }

        var score = FindField(value, FieldNames.Score);
        var parsed = score is { } found ? ScoreText.FromJson(found, scale) : ScoreValue.Absent();
        var explanation = ExplanationOf(value);
        return new Finding(key, parsed, explanation.Length > 0 ? explanation : explanations.GetValueOrDefault(key, ""), position, true);
    }

    // Flat shapes keep explanations beside the scores: "text_quality_explanation": s, or "explanations": {"TQ": s},
    // possibly one level above a {"scores": {...}} wrapper.
    private Dictionary<string, string> SiblingExplanations(JsonElement obj, Dictionary<string, string> inherited)
    {
        var explanations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (FieldNames.IsOne(property.Name, FieldNames.ExplanationMap) && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in property.Value.EnumerateObject())
                {
                    if (keys.Resolve(inner.Name) is { } key && TextOf(inner.Value) is { Length: > 0 } text)
                    {
                        explanations.TryAdd(key, text);
                    }
                }
            }
            else if (keys.Resolve(FieldNames.StripAffix(property.Name, FieldNames.Explanation) ?? "") is { } key
                && TextOf(property.Value) is { Length: > 0 } text)
            {
                explanations.TryAdd(key, text);
            }
        }

        foreach (var (key, text) in inherited)
        {
            explanations.TryAdd(key, text);
        }

        return explanations;
    }

    private static string ExplanationOf(JsonElement obj) =>
        FindField(obj, FieldNames.Explanation) is { } field ? TextOf(field) ?? "" : "";

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(" ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
        _ => null,
    };

    private static JsonElement? FindField(JsonElement obj, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }
        }

        return null;
    }
}
