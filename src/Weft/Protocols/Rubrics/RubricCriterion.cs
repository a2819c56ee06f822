namespace Weft.Protocols.Rubrics;

/// <summary>One criterion of a rubric file.</summary>
/// <param name="Criterion">Its name, scale or labels, description and whether it may be N/A.</param>
/// <param name="AppliesWhen">When it applies, or null for always.</param>
public sealed record RubricCriterion(Criterion Criterion, AppliesWhen? AppliesWhen);
