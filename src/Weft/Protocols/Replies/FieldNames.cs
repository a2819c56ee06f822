namespace Weft.Protocols.Replies;

/// <summary>Field names judges use in JSON replies, matched ignoring case.</summary>
internal static class FieldNames
{
    /// <summary>Fields holding a score, in order of preference when an object has several.</summary>
    public static IReadOnlyList<string> Score { get; } = ["score", "rating", "grade", "value", "points"];

    /// <summary>Fields holding an explanation, in order of preference.</summary>
    public static IReadOnlyList<string> Explanation { get; } =
        ["explanation", "justification", "reason", "reasoning", "rationale", "comment", "comments", "feedback", "analysis"];

    /// <summary>Fields naming the criterion in an array item such as {"aspect": "TQ", "score": 4}.</summary>
    public static IReadOnlyList<string> Name { get; } = ["aspect", "criterion", "name", "key", "metric", "dimension", "category"];

    /// <summary>Fields that wrap the real answer, such as {"scores": {...}} or {"evaluation": [...]}.</summary>
    public static IReadOnlyList<string> Wrapper { get; } =
        ["scores", "score", "evaluation", "evaluations", "aspects", "criteria", "result", "results", "ratings", "assessment", "verdict", "output"];

    /// <summary>Fields holding a map from criterion to explanation, such as {"explanations": {"TQ": "..."}}.</summary>
    public static IReadOnlyList<string> ExplanationMap { get; } = ["explanations", "justifications", "reasons", "rationales", "comments"];

    /// <summary>True when <paramref name="name"/> is one of <paramref name="names"/>, ignoring case.</summary>
    public static bool IsOne(string name, IReadOnlyList<string> names)
    {
        foreach (var candidate in names)
        {
            if (candidate.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The criterion part of a flat field name such as "text_quality_explanation" or "TQ score", or null.</summary>
    public static string? StripAffix(string name, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (name.Length > word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^word.Length].TrimEnd('_', '-', ' ', '.');
            }

            if (name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return name[word.Length..].TrimStart('_', '-', ' ', '.');
            }
        }

        return null;
    }
}
