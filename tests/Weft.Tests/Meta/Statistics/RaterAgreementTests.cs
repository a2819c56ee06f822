using Weft.Meta.Statistics;

namespace Weft.Tests.Meta.Statistics;

public sealed class RaterAgreementTests
{
    [Fact]
    public void MeanPairwiseSpearman_GoldenMatrix_MatchesScipy()
    {
        var golden = MetaGolden.Read("agreement");
        var matrix = ToMatrix(MetaGolden.Matrix(golden.GetProperty("matrix")));

        var (mean, skipped) = RaterAgreement.MeanPairwiseSpearman(matrix);

        Assert.Equal(golden.GetProperty("mean_pairwise_spearman").GetDouble(), mean.Value!.Value, MetaGolden.Tolerance);
        Assert.Equal(6, mean.N + skipped);
    }

    [Fact]
    public void LeaveOneOut_GoldenMatrix_MatchesScipy()
    {
        var golden = MetaGolden.Read("agreement");
        var matrix = ToMatrix(MetaGolden.Matrix(golden.GetProperty("matrix")));
        var expected = golden.GetProperty("leave_one_out");

        var (pearson, spearman, kendall, _) = RaterAgreement.LeaveOneOut(matrix, byGroup: false);

        Assert.Equal(expected.GetProperty("pearson").GetDouble(), pearson.Value!.Value, MetaGolden.Tolerance);
        Assert.Equal(expected.GetProperty("spearman").GetDouble(), spearman.Value!.Value, MetaGolden.Tolerance);
        Assert.Equal(expected.GetProperty("kendall").GetDouble(), kendall.Value!.Value, MetaGolden.Tolerance);
    }

    [Fact]
    public void MeanPairwiseSpearman_PairsWithTooFewSharedUnits_AreSkippedAndCounted()
    {
        var matrix = ToMatrix(
        [
            [0, 1, null],
            [1, 2, null],
            [2, 2, 3],
            [3, 3, null],
        ]);

        var (mean, skipped) = RaterAgreement.MeanPairwiseSpearman(matrix);

        Assert.Equal(1, mean.N);
        Assert.Equal(2, skipped);
    }

    [Fact]
    public void LeaveOneOut_SingleRater_IsUndefined()
    {
        var matrix = ToMatrix([[1], [2], [3]]);

        var (pearson, _, _, skipped) = RaterAgreement.LeaveOneOut(matrix, byGroup: false);

        Assert.Null(pearson.Value);
        Assert.NotNull(pearson.UndefinedReason);
        Assert.Equal(1, skipped);
    }

    [Fact]
    public void LeaveOneOut_ByGroup_CorrelatesGroupMeans()
    {
        // Three systems of two units each; rater 0 and rater 1 agree on the order of the systems.
        var matrix = ToMatrix([[0, 1], [1, 0], [2, 2], [2, 2], [3, 3], [3, 3]], [0, 0, 1, 1, 2, 2]);

        var (pearson, _, _, skipped) = RaterAgreement.LeaveOneOut(matrix, byGroup: true);

        Assert.Equal(0, skipped);
        Assert.Equal(1.0, pearson.Value!.Value, 1e-12);
    }

    internal static RatingMatrix ToMatrix(double?[][] rows, int[]? groups = null)
    {
        var matrix = new RatingMatrix(rows.Length, rows[0].Length, groups);
        for (var u = 0; u < rows.Length; u++)
        {
            for (var r = 0; r < rows[u].Length; r++)
            {
                matrix[u, r] = rows[u][r];
            }
        }

        return matrix;
    }
}
