namespace Weft.Protocols.Rubrics;

/// <summary>How a rubric's judge replies: JSON with a schema derived from the criteria, or text matched by a regular expression.</summary>
/// <param name="Format">"json" or "regex".</param>
/// <param name="ScoreField">JSON: the field holding a criterion's score or label (default "score").</param>
/// <param name="ExplanationField">JSON: the field holding its explanation (default "explanation").</param>
/// <param name="ScoreFirst">JSON: the score field comes before the explanation in the schema (default false: explanation first, so the judge reasons first).</param>
/// <param name="SchemaName">JSON: the schema's name sent to the judge.</param>
/// <param name="SchemaDescription">JSON: the schema's description sent to the judge, or null.</param>
/// <param name="Pattern">Regex: one capture group per criterion, in criteria order.</param>
/// <param name="ScoreValues">JSON: how the schema states a score: "range" (minimum and maximum) or "enum" (every allowed value).</param>
public sealed record RubricReply(string Format, string ScoreField, string ExplanationField, bool ScoreFirst, string SchemaName, string? SchemaDescription, string? Pattern, string ScoreValues = "range")
{
    /// <summary>True for a JSON reply.</summary>
    public bool IsJson => Format == "json";
}
