namespace Weft.Meta.Statistics;

/// <summary>
/// Seeded percentile bootstrap. Samples are drawn in fixed chunks of <see cref="ChunkSize"/>, each chunk with its own
/// stream derived from the seed and the chunk index, so the result depends on the seed only — not on the thread count.
/// </summary>
internal static class Bootstrap
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
        var chunks = (samples + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, createState, (chunk, _, state) =>
        {
            var random = SplitMix64.ForChunk(seed, chunk);
            for (var s = chunk * ChunkSize; s < Math.Min(samples, (chunk + 1) * ChunkSize); s++)
            {
                var values = draw(state, ref random);
                defined[s] = values.IsDefined;
                pearson[s] = values.Pearson;
                spearman[s] = values.Spearman;
                kendall[s] = values.Kendall;
            }

            return state;
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
            Array.Clear(state.Cells);
            for (var i = 0; i < sample.Count; i++)
            {
                state.Cells[sample.CellOf[random.NextInt(sample.Count)]]++;
            }

            return state.Table.Compute(state.Cells);
        })
        : Run(samples, seed, level, () => (Workspace: new CorrelationWorkspace(sample), Weights: new int[sample.Count]), (state, ref random) =>
        {
            Array.Clear(state.Weights);
            for (var i = 0; i < sample.Count; i++)
            {
                state.Weights[random.NextInt(sample.Count)]++;
            }

            return state.Workspace.Compute(state.Weights);
        });

    /// <summary>The percentile interval of the defined values, by linear interpolation between order statistics (NumPy's default).</summary>
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
        return new BootstrapInterval(Quantile(kept, (1 - level) / 2), Quantile(kept, (1 + level) / 2), level, values.Length, skipped, null);
    }

    internal static double Quantile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
