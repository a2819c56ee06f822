using Weft.Protocols;

namespace Weft.Arena;

/// <summary>Win rates under the four tie rules of OpenING (PROTOCOLS.md §2) and the pairwise win matrix.</summary>
public static class WinRates
{
    /// <summary>
    /// Tallies every verdict for both its systems; a battle repeated with the same source is an error unless
    /// <paramref name="allowDuplicates"/>, then each verdict counts.
    /// </summary>
    /// <exception cref="Benchmarks.DataFormatException">A duplicate battle (naming both lines) when duplicates are not allowed.</exception>
    public static WinRateReport Compute(VerdictSet set, bool allowDuplicates = false)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!allowDuplicates)
        {
            DuplicateBattles.ThrowIfAny(set, anySource: false, "; pass --allow-duplicates to count each");
        }

        var systems = new SystemIndex(set.Verdicts);
        var k = systems.Count;
        var tally = new int[k, 5];
        var battles = new int[k, k];
        var wins = new double[k, k];
        foreach (var verdict in set.Verdicts)
        {
            var a = systems[verdict.SystemA];
            var b = systems[verdict.SystemB];
            Count(tally, a, b, verdict.Winner);
            battles[a, b]++;
            battles[b, a]++;
            var share = FdtShare(verdict.Winner);
            wins[a, b] += share;
            wins[b, a] += 1 - share;
        }

        var rows = Enumerable.Range(0, k).Select(i => Rates(systems.Names[i], tally, i))
            .OrderByDescending(r => r.Fdt.Value ?? -1).ThenBy(r => r.System, StringComparer.OrdinalIgnoreCase).ToList();
        var order = rows.Select(r => systems[r.System]).ToList();
        List<WinMatrixCell> matrix = [];
        foreach (var i in order)
        {
            foreach (var j in order.Where(j => j != i))
            {
                matrix.Add(new WinMatrixCell(systems.Names[i], systems.Names[j], battles[i, j], wins[i, j], battles[i, j] > 0 ? wins[i, j] / battles[i, j] : null));
            }
        }

        return new WinRateReport(set.Verdicts.Count, rows, matrix);
    }

    /// <summary>Side A's share of an FDT win: a leaning tie goes to the side it leans to, a plain tie is split.</summary>
    internal static double FdtShare(PairwiseWinner winner) => winner switch
    {
        PairwiseWinner.A or PairwiseWinner.TieA => 1,
        PairwiseWinner.B or PairwiseWinner.TieB => 0,
        _ => 0.5,
    };

    // Columns: 0 wins, 1 losses, 2 ties won, 3 ties lost, 4 plain ties.
    private static void Count(int[,] tally, int a, int b, PairwiseWinner winner)
    {
        var (forA, forB) = winner switch
        {
            PairwiseWinner.A => (0, 1),
            PairwiseWinner.B => (1, 0),
            PairwiseWinner.TieA => (2, 3),
            PairwiseWinner.TieB => (3, 2),
            _ => (4, 4),
        };
        tally[a, forA]++;
        tally[b, forB]++;
    }

    private static SystemWinRates Rates(string name, int[,] tally, int i)
    {
        int w = tally[i, 0], l = tally[i, 1], tw = tally[i, 2], tl = tally[i, 3], t = tally[i, 4];
        var n = w + l + tw + tl + t;
        const string NoBattles = "no battles";
        return new SystemWinRates(
            name, n, w, l, tw, tl, t,
            WinRate.Of(w + tw + (0.5 * t), n, NoBattles),
            WinRate.Of(w, w + l, "no battle without a tie"),
            WinRate.Of(w, n, NoBattles),
            WinRate.Of(w + (0.5 * (tw + tl + t)), n, NoBattles));
    }
}
