namespace Weft.Meta.Statistics;

/// <summary>
/// Computes Pearson, Spearman (average ranks for ties) and Kendall tau-b of a <see cref="PairedSample"/> in which unit i
/// appears weight[i] times, without materialising or sorting the resample: ranks come from the per-value totals, and
/// Kendall's discordant pairs are counted in the precomputed (x, y) order with a Fenwick tree over y ranks (Knight's
/// O(n log n) idea). Scratch arrays are reused, so one workspace serves one thread for many resamples.
/// </summary>
internal sealed class CorrelationWorkspace(PairedSample sample)
{
    private readonly long[] xTotals = new long[sample.XDistinct];
    private readonly long[] yTotals = new long[sample.YDistinct];
    private readonly double[] xMidRanks = new double[sample.XDistinct];
    private readonly double[] yMidRanks = new double[sample.YDistinct];
    private readonly long[] tree = new long[sample.YDistinct + 1];

    /// <summary>The three coefficients; <paramref name="weights"/> null means every unit once.</summary>
    public CorrelationValues Compute(int[]? weights)
    {
        Array.Clear(xTotals);
        Array.Clear(yTotals);
        long n = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            var w = weights?[i] ?? 1;
            xTotals[sample.XRank[i]] += w;
            yTotals[sample.YRank[i]] += w;
            n += w;
        }

        var count = (int)n;
        if (n < 3)
        {
            return CorrelationValues.Undefined(count, Correlation.TooFew);
        }

        var xConstant = MidRanks(xTotals, xMidRanks) < 2;
        var yConstant = MidRanks(yTotals, yMidRanks) < 2;
        if (xConstant || yConstant)
        {
            return CorrelationValues.Undefined(count, Reason(xConstant, yConstant));
        }

        var pearson = Pearson(weights, n);
        var spearman = Spearman(weights, n);
        var kendall = Kendall(weights, n);
        return new CorrelationValues(pearson, spearman, kendall, count, null);
    }

    internal static string Reason(bool xConstant, bool yConstant) =>
        xConstant && yConstant ? Correlation.AllTies : xConstant ? Correlation.ConstantJudge : Correlation.ConstantHuman;

    /// <summary>Fills the average (1-based) rank of each distinct value and returns how many distinct values occur.</summary>
    internal static int MidRanks(long[] totals, double[] midRanks)
    {
        long before = 0;
        var present = 0;
        for (var k = 0; k < totals.Length; k++)
        {
            midRanks[k] = before + ((totals[k] + 1) / 2.0);
            before += totals[k];
            present += totals[k] > 0 ? 1 : 0;
        }

        return present;
    }

    private double Pearson(int[]? weights, long n)
    {
        double sx = 0, sy = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            var w = weights?[i] ?? 1;
            sx += w * sample.X[i];
            sy += w * sample.Y[i];
        }

        double mx = sx / n, my = sy / n, sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            var w = weights?[i] ?? 1;
            double dx = sample.X[i] - mx, dy = sample.Y[i] - my;
            sxx += w * dx * dx;
            syy += w * dy * dy;
            sxy += w * dx * dy;
        }

        return Clamp(sxy / Math.Sqrt(sxx * syy));
    }

    private double Spearman(int[]? weights, long n)
    {
        // The mean rank is (n + 1) / 2 whatever the ties, so one pass suffices.
        var mean = (n + 1) / 2.0;
        double sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            var w = weights?[i] ?? 1;
            double dx = xMidRanks[sample.XRank[i]] - mean, dy = yMidRanks[sample.YRank[i]] - mean;
            sxx += w * dx * dx;
            syy += w * dy * dy;
            sxy += w * dx * dy;
        }

        return Clamp(sxy / Math.Sqrt(sxx * syy));
    }

    private double Kendall(int[]? weights, long n)
    {
        Array.Clear(tree);
        long added = 0, concordant = 0, discordant = 0;
        var order = sample.Order;
        var start = 0;
        while (start < order.Length)
        {
            // Units tied on x form a group: they are compared only with earlier groups, then added together.
            var end = start;
            var xRank = sample.XRank[order[start]];
            while (end < order.Length && sample.XRank[order[end]] == xRank)
            {
                var unit = order[end];
                long w = weights?[unit] ?? 1;
                if (w > 0)
                {
                    var yRank = sample.YRank[unit];
                    var below = Prefix(yRank);
                    var atOrBelow = Prefix(yRank + 1);
                    concordant += w * below;
                    discordant += w * (added - atOrBelow);
                }

                end++;
            }

            for (var j = start; j < end; j++)
            {
                var unit = order[j];
                long w = weights?[unit] ?? 1;
                if (w > 0)
                {
                    Add(sample.YRank[unit] + 1, w);
                    added += w;
                }
            }

            start = end;
        }

        return TauB(concordant, discordant, n, xTotals, yTotals);
    }

    /// <summary>tau-b = (C − D) / √((n₀ − n₁)(n₀ − n₂)), n₁ and n₂ the pairs tied on x and on y.</summary>
    internal static double TauB(long concordant, long discordant, long n, long[] xTotals, long[] yTotals)
    {
        var pairs = n * (n - 1) / 2;
        double xUntied = pairs - TiedPairs(xTotals), yUntied = pairs - TiedPairs(yTotals);
        return Clamp((concordant - discordant) / Math.Sqrt(xUntied * yUntied));
    }

    private static long TiedPairs(long[] totals)
    {
        long tied = 0;
        foreach (var t in totals)
        {
            tied += t * (t - 1) / 2;
        }

        return tied;
    }

    /// <summary>Total weight of y ranks 0..count−1.</summary>
    private long Prefix(int count)
    {
        long sum = 0;
        for (var i = count; i > 0; i -= i & -i)
        {
            sum += tree[i];
        }

        return sum;
    }

    private void Add(int position, long weight)
    {
        for (var i = position; i < tree.Length; i += i & -i)
        {
            tree[i] += weight;
        }
    }

    private static double Clamp(double value) => Math.Clamp(value, -1.0, 1.0);
}
