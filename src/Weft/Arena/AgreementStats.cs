namespace Weft.Arena;

/// <summary>
/// Agreement of a candidate with a reference over <paramref name="Battles"/> shared battles: FDT (2 classes), with ties
/// (3 classes A/B/Tie) and without ties (battles where neither verdict is a tie), as shares in [0, 1] or null when there is
/// nothing to compare; Cohen's kappa on the FDT and the 3-class tables (null when chance agreement is 1);
/// <paramref name="WithTieTable"/>[reference][candidate] counts the 3-class pairs in the order A, B, Tie.
/// </summary>
public sealed record AgreementStats(
    int Battles,
    int FdtAgreements,
    double? Fdt,
    double? FdtKappa,
    int WithTieAgreements,
    double? WithTie,
    double? WithTieKappa,
    int WithoutTieBattles,
    int WithoutTieAgreements,
    double? WithoutTie,
    IReadOnlyList<IReadOnlyList<int>> WithTieTable);
