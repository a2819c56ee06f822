namespace Weft.Protocols;

/// <summary>A criterion that does not apply to a unit, and the rule that says so.</summary>
/// <param name="Criterion">The criterion key.</param>
/// <param name="Reason">Why it does not apply.</param>
public sealed record NotApplicable(string Criterion, string Reason);
