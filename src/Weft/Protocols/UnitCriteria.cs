namespace Weft.Protocols;

/// <summary>Which criteria a protocol asks about for one unit, and which it leaves out.</summary>
/// <param name="Applicable">Criterion keys asked, in protocol order.</param>
/// <param name="NotApplicable">Criteria left out, each with its rule.</param>
public sealed record UnitCriteria(IReadOnlyList<string> Applicable, IReadOnlyList<NotApplicable> NotApplicable);
