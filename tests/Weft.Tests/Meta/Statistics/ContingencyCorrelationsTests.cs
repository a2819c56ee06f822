using Weft.Meta.Statistics;

namespace Weft.Tests.Meta.Statistics;

public sealed class ContingencyCorrelationsTests
{
    public static TheoryData<string> GoldenCases() => CorrelationsTests.GoldenCases();

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Compute_GoldenCase_MatchesScipy(string name)
    {
        var golden = MetaGolden.Case("correlations", name);
        var sample = PairedSample.Create(MetaGolden.Doubles(golden.GetProperty("x")), MetaGolden.Doubles(golden.GetProperty("y")));
        var table = new ContingencyCorrelations(sample);

        var values = table.Compute(table.Observed());

        Assert.Equal(golden.GetProperty("pearson").GetDouble(), values.Pearson, MetaGolden.Tolerance);
        Assert.Equal(golden.GetProperty("spearman").GetDouble(), values.Spearman, MetaGolden.Tolerance);
        Assert.Equal(golden.GetProperty("kendall").GetDouble(), values.Kendall, MetaGolden.Tolerance);
    }

    [Fact]
    public void Compute_Counts_EqualWeightedUnits()
    {
        double[] x = [4, 5, 2, 3, 3, 1, 0, 5, 4, 2];
        double[] y = [2, 2.5, 1, 1.5, 1, 0.5, 0, 3, 2, 1];
        int[] weights = [2, 0, 1, 3, 1, 0, 2, 1, 1, 4];
        var sample = PairedSample.Create(x, y);
        var cells = new long[sample.XDistinct * sample.YDistinct];
        for (var i = 0; i < x.Length; i++)
        {
            cells[sample.CellOf[i]] += weights[i];
        }

        var table = new ContingencyCorrelations(sample).Compute(cells);
        var units = new CorrelationWorkspace(sample).Compute(weights);

        Assert.Equal(units.Pearson, table.Pearson, 1e-12);
        Assert.Equal(units.Spearman, table.Spearman, 1e-12);
        Assert.Equal(units.Kendall, table.Kendall, 1e-12);
    }

    [Fact]
    public void Compute_ConstantSide_Undefined()
    {
        var sample = PairedSample.Create([1, 2, 3, 4], [2, 2, 2, 2]);
        var table = new ContingencyCorrelations(sample);

        Assert.Equal(Correlation.ConstantHuman, table.Compute(table.Observed()).UndefinedReason);
    }

    [Fact]
    public void UsesTable_ContinuousValues_FallsBackToUnits()
    {
        double[] x = [.. Enumerable.Range(0, 300).Select(i => Math.Sin(i))];
        double[] y = [.. Enumerable.Range(0, 300).Select(i => Math.Cos(i * 1.3))];

        Assert.False(PairedSample.Create(x, y).UsesTable);
        Assert.True(PairedSample.Create([0, 1, 2, 3, 4, 5], [0, 1, 1, 2, 3, 3]).UsesTable);
    }
}
