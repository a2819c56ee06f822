namespace Weft.Protocols;

/// <summary>One thing a protocol asks the judge about.</summary>
/// <param name="Name">The key verdicts are stored and reported under.</param>
/// <param name="Scale">The scores or labels allowed.</param>
/// <param name="Description">What the judge is asked; empty when the prompt says it elsewhere.</param>
/// <param name="AllowsNotApplicable">Whether the criterion can be N/A for some units (never counted as a score).</param>
public sealed record Criterion(string Name, CriterionScale Scale, string Description = "", bool AllowsNotApplicable = false);
