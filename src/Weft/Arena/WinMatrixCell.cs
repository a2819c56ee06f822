namespace Weft.Arena;

/// <summary>
/// The row system against the column system: battles between them, the row's FDT wins (wins + ties leaning to it + half the
/// plain ties) and their share in [0, 1] (null when they never met).
/// </summary>
public sealed record WinMatrixCell(string Row, string Column, int Battles, double Wins, double? Share);
