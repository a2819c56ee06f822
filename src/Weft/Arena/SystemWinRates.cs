namespace Weft.Arena;

/// <summary>
/// One system's battle counts (matches = wins + losses + ties won + ties lost + plain ties) and its four win rates
/// (PROTOCOLS.md §2; a plain tie counts half a win in FDT, see docs/arena.md).
/// </summary>
public sealed record SystemWinRates(
    string System,
    int Matches,
    int Wins,
    int Losses,
    int TiesWon,
    int TiesLost,
    int Ties,
    WinRate Fdt,
    WinRate WithoutTies,
    WinRate TiesAsZero,
    WinRate TiesAsHalf);
