using Weft.Meta.Statistics;

namespace Weft.Tests.Meta.Statistics;

public sealed class CorrelationWorkspaceTests
{
    [Fact]
    public void Compute_Weights_EqualTheExpandedSample()
    {
        double[] x = [4, 5, 2, 3, 3, 1, 0, 5, 4, 2];
        double[] y = [2, 2.5, 1, 1.5, 1, 0.5, 0, 3, 2, 1];
        int[] weights = [2, 0, 1, 3, 1, 0, 2, 1, 1, 4];
        var expandedX = x.SelectMany((v, i) => Enumerable.Repeat(v, weights[i])).ToArray();
        var expandedY = y.SelectMany((v, i) => Enumerable.Repeat(v, weights[i])).ToArray();

        var weighted = new CorrelationWorkspace(PairedSample.Create(x, y)).Compute(weights);
        var expanded = Correlations.Compute(expandedX, expandedY);

        Assert.Equal(expanded.N, weighted.N);
        Assert.Equal(expanded.Pearson, weighted.Pearson, 1e-12);
        Assert.Equal(expanded.Spearman, weighted.Spearman, 1e-12);
        Assert.Equal(expanded.Kendall, weighted.Kendall, 1e-12);
    }

    [Fact]
    public void Compute_WeightsLeavingOneValue_IsUndefined()
    {
        double[] x = [1, 2, 3, 4];
        double[] y = [1, 2, 3, 4];

        var result = new CorrelationWorkspace(PairedSample.Create(x, y)).Compute([0, 5, 0, 0]);

        Assert.Equal(Correlation.AllTies, result.UndefinedReason);
        Assert.Equal(5, result.N);
    }
}
