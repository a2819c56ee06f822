namespace Weft.Meta.Statistics;

/// <summary>Agreement between raters beyond alpha: mean pairwise Spearman and the leave-one-rater-out human ceiling.</summary>
internal static class RaterAgreement
{
    /// <summary>
    /// The mean of Spearman's rho over every pair of raters, each pair on the units both rated; pairs whose rho is
    /// undefined (n &lt; 3, a constant side) are skipped and counted. N of the result is the number of pairs averaged.
    /// </summary>
    public static (Correlation Mean, int PairsSkipped) MeanPairwiseSpearman(RatingMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var values = new List<double>();
        var skipped = 0;
        for (var a = 0; a < matrix.Raters; a++)
        {
            for (var b = a + 1; b < matrix.Raters; b++)
            {
                List<double> x = [], y = [];
                for (var u = 0; u < matrix.Units; u++)
                {
                    if (matrix[u, a] is { } va && matrix[u, b] is { } vb)
                    {
                        x.Add(va);
                        y.Add(vb);
                    }
                }

                var rho = Correlations.Spearman(x, y);
                if (rho.Value is { } value)
                {
                    values.Add(value);
                }
                else
                {
                    skipped++;
                }
            }
        }

        return (Average(values, "no pair of raters with a defined correlation"), skipped);
    }

    /// <summary>
    /// For each rater: the correlation between their scores and the mean of the other raters' scores on the units they
    /// rated that at least one other rater also rated (with groups: both sides first averaged per group over those
    /// units); the three coefficients are then averaged over the raters for whom they are defined. N of each result
    /// is the number of raters averaged; raters skipped are counted.
    /// </summary>
    public static (Correlation Pearson, Correlation Spearman, Correlation Kendall, int RatersSkipped) LeaveOneOut(RatingMatrix matrix, bool byGroup)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        List<double> pearson = [], spearman = [], kendall = [];
        var skipped = 0;
        for (var r = 0; r < matrix.Raters; r++)
        {
            var (own, others, groups) = Pairs(matrix, r);
            if (byGroup && matrix.Groups is not null)
            {
                (own, others) = (GroupMeans(own, groups), GroupMeans(others, groups));
            }

            var values = Correlations.Compute(own, others);
            if (values.IsDefined)
            {
                pearson.Add(values.Pearson);
                spearman.Add(values.Spearman);
                kendall.Add(values.Kendall);
            }
            else
            {
                skipped++;
            }
        }

        const string reason = "no rater with a defined correlation";
        return (Average(pearson, reason), Average(spearman, reason), Average(kendall, reason), skipped);
    }

    private static (List<double> Own, List<double> Others, List<int> Groups) Pairs(RatingMatrix matrix, int rater)
    {
        List<double> own = [], others = [];
        List<int> groups = [];
        for (var u = 0; u < matrix.Units; u++)
        {
            if (matrix[u, rater] is not { } mine)
            {
                continue;
            }

            double sum = 0;
            var count = 0;
            for (var o = 0; o < matrix.Raters; o++)
            {
                if (o != rater && matrix[u, o] is { } theirs)
                {
                    sum += theirs;
                    count++;
                }
            }

            if (count > 0)
            {
                own.Add(mine);
                others.Add(sum / count);
                groups.Add(matrix.Groups?[u] ?? 0);
            }
        }

        return (own, others, groups);
    }

    private static List<double> GroupMeans(List<double> values, List<int> groups)
    {
        var sums = new SortedDictionary<int, (double Sum, int Count)>();
        for (var i = 0; i < values.Count; i++)
        {
            var (sum, count) = sums.GetValueOrDefault(groups[i]);
            sums[groups[i]] = (sum + values[i], count + 1);
        }

        return [.. sums.Values.Select(s => s.Sum / s.Count)];
    }

    private static Correlation Average(List<double> values, string reason) =>
        values.Count == 0 ? Correlation.Undefined(0, reason) : Correlation.Of(values.Average(), values.Count);
}
