namespace Weft.Protocols.Rubrics;

/// <summary>One criterion of a protocol file.</summary>
/// <param name="Criterion">Its name, scale or labels, description and whether it may be N/A.</param>
/// <param name="AppliesWhen">When it applies, or null for always.</param>
/// <param name="Title">The name shown to the judge and in reports where <c>{title}</c> stands; the name when not given.</param>
/// <param name="Aliases">Other spellings a reply may use for it (matched ignoring case, spaces and punctuation).</param>
/// <param name="NotApplicableWhen">Rules that make it N/A for a unit; the first that holds gives the reason.</param>
public sealed record RubricCriterion(Criterion Criterion, AppliesWhen? AppliesWhen, string Title, IReadOnlyList<string> Aliases, IReadOnlyList<NotApplicableRule> NotApplicableWhen);
