using Weft.Protocols;

namespace Weft.Arena;

/// <summary>
/// Combines the two verdicts a judge gave on one battle shown in both orders (each already mapped back to the
/// battle's orientation), and says whether they agree. The rule is symmetric: swapping A and B in both inputs swaps
/// the result.
/// </summary>
/// <remarks>
/// Each verdict counts A = +2, Tie(A) = +1, Tie = 0, Tie(B) = −1, B = −2; the sum s (−4..4) gives
/// s ≥ 3 → A, s = 1 or 2 → Tie(A), s = 0 → Tie, s = −1 or −2 → Tie(B), s ≤ −3 → B. So two equal verdicts stay as
/// they are, a win and a tie leaning the same way stay a win, a win against a tie leaning the other way becomes a
/// tie leaning to the win, and opposite wins (or opposite leanings) cancel to a plain Tie.
/// </remarks>
public static class PairwiseOrderCombiner
{
    /// <summary>The combined verdict of two verdicts on the same battle, both in the battle's orientation.</summary>
    public static PairwiseWinner Combine(PairwiseWinner first, PairwiseWinner second) => (Points(first) + Points(second)) switch
    {
        >= 3 => PairwiseWinner.A,
        > 0 => PairwiseWinner.TieA,
        0 => PairwiseWinner.Tie,
        >= -2 => PairwiseWinner.TieB,
        _ => PairwiseWinner.B,
    };

    /// <summary>Whether the two verdicts name the same side once ties are forced to their leaning (FDT; a plain Tie counts as A, as in OpenING).</summary>
    public static bool AgreeForced(PairwiseWinner first, PairwiseWinner second) => Forced(first) == Forced(second);

    /// <summary>The verdict with ties forced to their leaning: Tie(A) → A, Tie(B) → B, Tie → A.</summary>
    public static PairwiseWinner Forced(PairwiseWinner winner) => winner is PairwiseWinner.B or PairwiseWinner.TieB ? PairwiseWinner.B : PairwiseWinner.A;

    /// <summary>The points a verdict counts for in <see cref="Combine"/>: A = 2, Tie(A) = 1, Tie = 0, Tie(B) = −1, B = −2.</summary>
    public static int Points(PairwiseWinner winner) => winner switch
    {
        PairwiseWinner.A => 2,
        PairwiseWinner.TieA => 1,
        PairwiseWinner.Tie => 0,
        PairwiseWinner.TieB => -1,
        PairwiseWinner.B => -2,
        _ => throw new ArgumentOutOfRangeException(nameof(winner)),
    };
}
