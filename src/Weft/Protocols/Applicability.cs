namespace Weft.Protocols;

/// <summary>Which aspects apply to one output, and why the others do not.</summary>
/// <param name="Applicable">Aspects the judge is asked about, in protocol order.</param>
/// <param name="NotApplicable">Aspects excluded, each with the rule that excluded it.</param>
public sealed record Applicability(IReadOnlyList<Aspect> Applicable, IReadOnlyList<AspectVerdict> NotApplicable);
