namespace Weft.Protocols;

/// <summary>The written names of <see cref="PairwiseWinner"/> ("A", "B", "Tie(A)", "Tie(B)", "Tie") and their inverses.</summary>
public static class PairwiseWinners
{
    /// <summary>The name written to files: "A", "B", "Tie(A)", "Tie(B)" or "Tie".</summary>
    public static string Name(PairwiseWinner winner) => winner switch
    {
        PairwiseWinner.A => "A",
        PairwiseWinner.B => "B",
        PairwiseWinner.TieA => "Tie(A)",
        PairwiseWinner.TieB => "Tie(B)",
        PairwiseWinner.Tie => "Tie",
        _ => throw new ArgumentOutOfRangeException(nameof(winner)),
    };

    /// <summary>Reads a written name, ignoring case, spaces and parentheses ("tie(a)", "TieA", "Tie (A)").</summary>
    public static bool TryParse(string? text, out PairwiseWinner winner)
    {
        var folded = new string((text ?? string.Empty).Where(char.IsLetter).ToArray()).ToUpperInvariant();
        (var ok, winner) = folded switch
        {
            "A" => (true, PairwiseWinner.A),
            "B" => (true, PairwiseWinner.B),
            "TIEA" => (true, PairwiseWinner.TieA),
            "TIEB" => (true, PairwiseWinner.TieB),
            "TIE" => (true, PairwiseWinner.Tie),
            _ => (false, PairwiseWinner.Tie),
        };
        return ok;
    }

    /// <summary>The same verdict seen from the other side: A↔B, Tie(A)↔Tie(B), Tie stays.</summary>
    public static PairwiseWinner Flip(PairwiseWinner winner) => winner switch
    {
        PairwiseWinner.A => PairwiseWinner.B,
        PairwiseWinner.B => PairwiseWinner.A,
        PairwiseWinner.TieA => PairwiseWinner.TieB,
        PairwiseWinner.TieB => PairwiseWinner.TieA,
        _ => winner,
    };
}
