using Weft.Analysis;
using Weft.Protocols;

namespace Weft.Arena;

/// <summary>Bradley–Terry ranking of systems from pairwise verdicts, with a seeded bootstrap over battles for 95% intervals.</summary>
public static class ArenaRanking
{
    private const int Outcomes = 5;

    /// <summary>
    /// Fits the strengths on all verdicts, then on <see cref="RankingOptions.Bootstrap"/> resamples of the verdicts (drawn with
    /// replacement, same size); intervals are the 2.5 and 97.5 percentiles. Results depend only on the verdicts and options.
    /// </summary>
    /// <exception cref="Benchmarks.DataFormatException">A duplicate battle with the same source, unless allowed.</exception>
    /// <exception cref="ArgumentException">No verdicts, or a negative bootstrap count.</exception>
    public static RankingReport Rank(VerdictSet set, RankingOptions? options = null) => Rank(set, options, new ParallelOptions());

    /// <summary>As <see cref="Rank(VerdictSet, RankingOptions?)"/> with a chosen degree of parallelism (tests check the result does not depend on it).</summary>
    internal static RankingReport Rank(VerdictSet set, RankingOptions? options, ParallelOptions parallel)
    {
        ArgumentNullException.ThrowIfNull(set);
        options ??= new RankingOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Bootstrap);
        if (set.Verdicts.Count == 0)
        {
            throw new ArgumentException("No verdicts to rank.", nameof(set));
        }

        if (!options.AllowDuplicates)
        {
            DuplicateBattles.ThrowIfAny(set, anySource: false, "; pass --allow-duplicates to count each");
        }

        var systems = new SystemIndex(set.Verdicts);
        var k = systems.Count;
        var codes = Encode(set.Verdicts, systems, out var matches);
        var counts = new int[k * k * Outcomes];
        foreach (var code in codes)
        {
            counts[code]++;
        }

        var wins = new double[k * k];
        var point = new double[k];
        Wins(counts, k, options.Ties, wins);
        var priorUsed = BradleyTerry.Fit(wins, k, point, new double[3 * k]);

        var samples = new double[options.Bootstrap * k];
        var priorSamples = BootstrapFits(codes, k, options, samples, parallel);
        return new RankingReport(set.Verdicts.Count, options.Ties, options.Bootstrap, options.Seed, priorUsed, priorSamples, Rows(systems, point, samples, options.Bootstrap, matches));
    }

    /// <summary>The rating on the Elo-like scale: 1000 + 400·log10(strength), strengths with geometric mean 1.</summary>
    internal static double Elo(double logStrength) => 1000 + (400 * logStrength / Math.Log(10));

    // A verdict becomes one int: (lower index · k + higher index) · 5 + its outcome seen from the lower-index system.
    private static int[] Encode(IReadOnlyList<PairwiseVerdict> verdicts, SystemIndex systems, out int[] matches)
    {
        var k = systems.Count;
        matches = new int[k];
        var codes = new int[verdicts.Count];
        for (var v = 0; v < verdicts.Count; v++)
        {
            var a = systems[verdicts[v].SystemA];
            var b = systems[verdicts[v].SystemB];
            matches[a]++;
            matches[b]++;
            var winner = a < b ? verdicts[v].Winner : PairwiseWinners.Flip(verdicts[v].Winner);
            codes[v] = (((Math.Min(a, b) * k) + Math.Max(a, b)) * Outcomes) + (int)winner;
        }

        return codes;
    }

    private static void Wins(ReadOnlySpan<int> counts, int k, BradleyTerryTies ties, Span<double> wins)
    {
        wins.Clear();
        for (var pair = 0; pair < k * k; pair++)
        {
            int low = pair / k, high = pair % k;
            if (low >= high)
            {
                continue;
            }

            var at = pair * Outcomes;
            double lowWins = counts[at + (int)PairwiseWinner.A], highWins = counts[at + (int)PairwiseWinner.B];
            double tieA = counts[at + (int)PairwiseWinner.TieA], tieB = counts[at + (int)PairwiseWinner.TieB];
            var half = 0.5 * counts[at + (int)PairwiseWinner.Tie];
            if (ties == BradleyTerryTies.Fdt)
            {
                lowWins += tieA;
                highWins += tieB;
            }
            else
            {
                half += 0.5 * (tieA + tieB);
            }

            wins[(low * k) + high] = lowWins + half;
            wins[(high * k) + low] = highWins + half;
        }
    }

    private static int BootstrapFits(int[] codes, int k, RankingOptions options, double[] samples, ParallelOptions parallel)
    {
        var prior = 0;

        // One resample a chunk, each with its own Random: the arena's published intervals were drawn that way.
        Bootstrap.Run(
            options.Bootstrap,
            chunkSize: 1,
            parallel,
            b => new SystemRandomStream(BootstrapSeeds.For(options.Seed, b)),
            () => new RankingBuffers(k, Outcomes),
            (RankingBuffers buffers, int b, ref SystemRandomStream random) =>
            {
                Bootstrap.Draw(ref random, codes, buffers.Counts.AsSpan());
                Wins(buffers.Counts, k, options.Ties, buffers.Wins);
                if (BradleyTerry.Fit(buffers.Wins, k, samples.AsSpan(b * k, k), buffers.Scratch))
                {
                    buffers.Prior++;
                }
            },
            buffers => Interlocked.Add(ref prior, buffers.Prior));
        return prior;
    }

    private static List<SystemRanking> Rows(SystemIndex systems, double[] point, double[] samples, int bootstrap, int[] matches)
    {
        var k = systems.Count;
        var elo = new double[bootstrap];
        var ranks = new double[bootstrap];
        List<SystemRanking> rows = [];
        for (var i = 0; i < k; i++)
        {
            for (var b = 0; b < bootstrap; b++)
            {
                var sample = samples.AsSpan(b * k, k);
                elo[b] = Elo(sample[i]);
                ranks[b] = RankOf(sample, i);
            }

            Array.Sort(elo);
            Array.Sort(ranks);
            var any = bootstrap > 0;
            rows.Add(new SystemRanking(
                RankOf(point, i),
                systems.Names[i],
                Elo(point[i]),
                any ? Percentiles.OfSorted(elo, 0.025) : null,
                any ? Percentiles.OfSorted(elo, 0.975) : null,
                any ? Percentiles.OfSorted(ranks, 0.025) : null,
                any ? Percentiles.OfSorted(ranks, 0.975) : null,
                matches[i]));
        }

        return [.. rows.OrderBy(r => r.Rank).ThenBy(r => r.System, StringComparer.OrdinalIgnoreCase)];
    }

    private static int RankOf(ReadOnlySpan<double> logStrength, int i)
    {
        var rank = 1;
        foreach (var other in logStrength)
        {
            // Strengths equal to within the fit's accuracy (about 1e-10) share a rank.
            if (other > logStrength[i] + 1e-9)
            {
                rank++;
            }
        }

        return rank;
    }
}
