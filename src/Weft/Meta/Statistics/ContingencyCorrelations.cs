namespace Weft.Meta.Statistics;

/// <summary>
/// The three coefficients from a table of counts per (x value, y value): O(cells) whatever the number of units.
/// Kendall's pairs are counted with running column totals: a cell's concordant partners are the earlier rows' cells
/// in lower columns, its discordant partners those in higher columns.
/// </summary>
internal sealed class ContingencyCorrelations(PairedSample sample)
{
    private readonly int rows = sample.XDistinct;
    private readonly int columns = sample.YDistinct;
    private readonly long[] xTotals = new long[sample.XDistinct];
    private readonly long[] yTotals = new long[sample.YDistinct];
    private readonly double[] xMidRanks = new double[sample.XDistinct];
    private readonly double[] yMidRanks = new double[sample.YDistinct];
    private readonly long[] columnTotals = new long[sample.YDistinct];

    /// <summary>Counts of the sample's units, every unit once.</summary>
    public long[] Observed()
    {
        var cells = new long[rows * columns];
        foreach (var cell in sample.CellOf)
        {
            cells[cell]++;
        }

        return cells;
    }

    public CorrelationValues Compute(long[] cells)
    {
        Array.Clear(xTotals);
        Array.Clear(yTotals);
        long n = 0;
        for (var k = 0; k < rows; k++)
        {
            for (var j = 0; j < columns; j++)
            {
                var c = cells[(k * columns) + j];
                xTotals[k] += c;
                yTotals[j] += c;
                n += c;
            }
        }

        if (n < 3)
        {
            return CorrelationValues.Undefined((int)n, Correlation.TooFew);
        }

        var xConstant = CorrelationWorkspace.MidRanks(xTotals, xMidRanks) < 2;
        var yConstant = CorrelationWorkspace.MidRanks(yTotals, yMidRanks) < 2;
        if (xConstant || yConstant)
        {
            return CorrelationValues.Undefined((int)n, CorrelationWorkspace.Reason(xConstant, yConstant));
        }

        var pearson = Linear(cells, sample.XValues, sample.YValues, Mean(xTotals, sample.XValues, n), Mean(yTotals, sample.YValues, n));
        var spearman = Linear(cells, xMidRanks, yMidRanks, (n + 1) / 2.0, (n + 1) / 2.0);
        return new CorrelationValues(pearson, spearman, Kendall(cells, n), (int)n, null);
    }

    private static double Mean(long[] totals, double[] values, long n)
    {
        double sum = 0;
        for (var k = 0; k < totals.Length; k++)
        {
            sum += totals[k] * values[k];
        }

        return sum / n;
    }

    private double Linear(long[] cells, double[] xs, double[] ys, double mx, double my)
    {
        double sxx = 0, syy = 0, sxy = 0;
        for (var k = 0; k < rows; k++)
        {
            sxx += xTotals[k] * (xs[k] - mx) * (xs[k] - mx);
        }

        for (var j = 0; j < columns; j++)
        {
            syy += yTotals[j] * (ys[j] - my) * (ys[j] - my);
        }

        for (var k = 0; k < rows; k++)
        {
            var dx = xs[k] - mx;
            double row = 0;
            for (var j = 0; j < columns; j++)
            {
                row += cells[(k * columns) + j] * (ys[j] - my);
            }

            sxy += dx * row;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    private double Kendall(long[] cells, long n)
    {
        Array.Clear(columnTotals);
        long concordant = 0, discordant = 0, earlier = 0;
        for (var k = 0; k < rows; k++)
        {
            long below = 0;
            for (var j = 0; j < columns; j++)
            {
                var c = cells[(k * columns) + j];
                concordant += c * below;
                discordant += c * (earlier - below - columnTotals[j]);
                below += columnTotals[j];
            }

            for (var j = 0; j < columns; j++)
            {
                var c = cells[(k * columns) + j];
                columnTotals[j] += c;
                earlier += c;
            }
        }

        return CorrelationWorkspace.TauB(concordant, discordant, n, xTotals, yTotals);
    }
}
