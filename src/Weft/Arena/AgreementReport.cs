namespace Weft.Arena;

/// <summary>
/// A candidate verdict set against a reference: battles in each, in one only, the agreement over the shared ones, and when
/// <paramref name="SplitSystems"/> is given the same for shared battles involving any of them and for the rest.
/// </summary>
public sealed record AgreementReport(
    int ReferenceBattles,
    int CandidateBattles,
    int OnlyInReference,
    int OnlyInCandidate,
    AgreementStats All,
    IReadOnlyList<string>? SplitSystems,
    AgreementStats? Involving,
    AgreementStats? Rest);
