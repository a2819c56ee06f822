using System.Runtime.InteropServices;
using Weft.Analysis;

namespace Weft.Meta.Statistics;

/// <summary>
/// Seeded percentile bootstrap of the three correlations on the shared <see cref="Bootstrap"/> loop: chunks of
/// <see cref="ChunkSize"/> resamples, each chunk with its own SplitMix64 stream derived from the seed and the chunk index.
/// </summary>
internal static class CorrelationBootstrap
{
    public const int ChunkSize = 16;

    /// <summary>The interval is undefined when more than this share of resamples had an undefined statistic.</summary>
    public const double MaxUndefinedShare = 0.1;

    /// <summary>
    /// Runs <paramref name="samples"/> resamples; <paramref name="draw"/> fills one resample's three coefficients from its
    /// generator, using per-thread state made by <paramref name="createState"/>.
    /// </summary>
    public static CorrelationIntervals Run<TState>(int samples, ulong seed, double level, Func<TState> createState, DrawResample<TState> draw)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var pearson = new double[samples];
        var spearman = new double[samples];
        var kendall = new double[samples];
        var defined = new bool[samples];
        Bootstrap.Run(samples, ChunkSize, new ParallelOptions(), chunk => SplitMix64.ForChunk(seed, chunk), createState, (TState state, int s, ref SplitMix64 random) =>
        {
            var values = draw(state, ref random);
            defined[s] = values.IsDefined;
            pearson[s] = values.Pearson;
            spearman[s] = values.Spearman;
            kendall[s] = values.Kendall;
        }, _ => { });

        return new CorrelationIntervals(
            Percentile(pearson, defined, level),
            Percentile(spearman, defined, level),
            Percentile(kendall, defined, level));
    }

    /// <summary>Resamples units of a paired sample with replacement.</summary>
    public static CorrelationIntervals Units(PairedSample sample, int samples, ulong seed, double level = 0.95) => sample.UsesTable
        ? Run(samples, seed, level, () => (Table: new ContingencyCorrelations(sample), Cells: new long[sample.XDistinct * sample.YDistinct]), (state, ref random) =>
        {
            Bootstrap.Draw(ref random, sample.CellOf, state.Cells.AsSpan());
            return state.Table.Compute(state.Cells);
        })
        : Run(samples, seed, level, () => (Workspace: new CorrelationWorkspace(sample), Weights: new int[sample.Count]), (state, ref random) =>
        {
            Bootstrap.Draw(ref random, state.Weights.AsSpan());
            return state.Workspace.Compute(state.Weights);
        });

    /// <summary>The percentile interval of the defined values (see <see cref="Percentiles"/>).</summary>
    internal static BootstrapInterval Percentile(double[] values, bool[] defined, double level)
    {
        var kept = new List<double>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (defined[i])
            {
                kept.Add(values[i]);
            }
        }

        var skipped = values.Length - kept.Count;
        if (kept.Count == 0 || skipped > MaxUndefinedShare * values.Length)
        {
            var reason = $"{skipped} of {values.Length} bootstrap samples undefined";
            return new BootstrapInterval(null, null, level, values.Length, skipped, reason);
        }

        kept.Sort();
        var sorted = CollectionsMarshal.AsSpan(kept);
        return new BootstrapInterval(Percentiles.OfSorted(sorted, (1 - level) / 2), Percentiles.OfSorted(sorted, (1 + level) / 2), level, values.Length, skipped, null);
    }
}
