namespace Weft.Meta.Statistics;

/// <summary>
/// Paired values (x = judge or metric, y = human) prepared once for repeated correlation: dense ranks of each side and
/// the order of the units by (x, y), so that a bootstrap resample, given as a count per unit, needs no sorting.
/// </summary>
internal sealed class PairedSample
{
    /// <summary>Above this many (x, y) value combinations a contingency table stops paying off.</summary>
    private const int MaxTableCells = 1 << 14;

    private int[]? order;

    private PairedSample(double[] x, double[] y, int[] xRank, int[] yRank, int xDistinct, int yDistinct)
    {
        UsesTable = (long)xDistinct * yDistinct <= Math.Max(MaxTableCells, x.Length);
        CellOf = new int[x.Length];
        XValues = new double[xDistinct];
        YValues = new double[yDistinct];
        for (var i = 0; i < x.Length; i++)
        {
            CellOf[i] = (xRank[i] * yDistinct) + yRank[i];
            XValues[xRank[i]] = x[i];
            YValues[yRank[i]] = y[i];
        }

        X = x;
        Y = y;
        XRank = xRank;
        YRank = yRank;
        XDistinct = xDistinct;
        YDistinct = yDistinct;
    }

    public double[] X { get; }

    public double[] Y { get; }

    /// <summary>0-based dense rank of each x (equal values share a rank).</summary>
    public int[] XRank { get; }

    /// <summary>0-based dense rank of each y.</summary>
    public int[] YRank { get; }

    public int XDistinct { get; }

    public int YDistinct { get; }

    /// <summary>Unit indices sorted by x rank, then y rank (made on first use: the table path never needs it).</summary>
    public int[] Order => order ??= SortedOrder();

    public int Count => X.Length;

    /// <summary>
    /// True when scores take few distinct values (judge 0–5 against means of a few raters on 0–3): a resample is then
    /// a count per (x, y) combination, and all three coefficients come from that table without touching the units.
    /// </summary>
    public bool UsesTable { get; }

    /// <summary>Table cell of each unit: x rank × <see cref="YDistinct"/> + y rank.</summary>
    public int[] CellOf { get; }

    /// <summary>The distinct x values in rank order.</summary>
    public double[] XValues { get; }

    /// <summary>The distinct y values in rank order.</summary>
    public double[] YValues { get; }

    /// <summary>Prepares finite paired values; throws <see cref="ArgumentException"/> for unequal lengths or a non-finite value.</summary>
    public static PairedSample Create(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("Paired values must have the same length.", nameof(y));
        }

        double[] xs = [.. x];
        double[] ys = [.. y];
        var (xRank, xDistinct) = DenseRanks(xs, nameof(x));
        var (yRank, yDistinct) = DenseRanks(ys, nameof(y));
        return new PairedSample(xs, ys, xRank, yRank, xDistinct, yDistinct);
    }

    private int[] SortedOrder()
    {
        var keys = new long[Count];
        var sorted = new int[Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = ((long)XRank[i] * YDistinct) + YRank[i];
            sorted[i] = i;
        }

        Array.Sort(keys, sorted);
        return sorted;
    }

    private static (int[] Ranks, int Distinct) DenseRanks(double[] values, string name)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("Every value must be finite.", name);
            }
        }

        double[] sorted = [.. values];
        Array.Sort(sorted);
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[distinct - 1])
            {
                sorted[distinct++] = sorted[i];
            }
        }

        var ranks = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            ranks[i] = Array.BinarySearch(sorted, 0, distinct, values[i]);
        }

        return (ranks, distinct);
    }
}
