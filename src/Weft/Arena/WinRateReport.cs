namespace Weft.Arena;

/// <summary>Win rates of every system sorted by FDT (descending, then name), and the system × system win matrix (rows in the same order).</summary>
public sealed record WinRateReport(int Verdicts, IReadOnlyList<SystemWinRates> Systems, IReadOnlyList<WinMatrixCell> Matrix);
