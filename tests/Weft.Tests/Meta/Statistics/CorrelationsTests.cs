using Weft.Meta.Statistics;

namespace Weft.Tests.Meta.Statistics;

public sealed class CorrelationsTests
{
    public static TheoryData<string> GoldenCases() =>
        [.. MetaGolden.Read("correlations").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void AllThree_GoldenCase_MatchScipy(string name)
    {
        var golden = MetaGolden.Case("correlations", name);
        var x = MetaGolden.Doubles(golden.GetProperty("x"));
        var y = MetaGolden.Doubles(golden.GetProperty("y"));

        var pearson = Correlations.Pearson(x, y);
        var spearman = Correlations.Spearman(x, y);
        var kendall = Correlations.KendallTauB(x, y);

        Assert.Equal(golden.GetProperty("pearson").GetDouble(), pearson.Value!.Value, MetaGolden.Tolerance);
        Assert.Equal(golden.GetProperty("spearman").GetDouble(), spearman.Value!.Value, MetaGolden.Tolerance);
        Assert.Equal(golden.GetProperty("kendall").GetDouble(), kendall.Value!.Value, MetaGolden.Tolerance);
        Assert.Equal(x.Length, kendall.N);
    }

    [Fact]
    public void Kendall_SwappedSides_IsSymmetric()
    {
        double[] x = [0, 1, 1, 2, 2, 2, 3, 4, 4, 5];
        double[] y = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3];

        Assert.Equal(Correlations.KendallTauB(x, y).Value!.Value, Correlations.KendallTauB(y, x).Value!.Value, 1e-12);
    }

    [Theory]
    [InlineData(new double[] { 1, 2 }, new double[] { 2, 1 }, Correlation.TooFew)]
    [InlineData(new double[] { }, new double[] { }, Correlation.TooFew)]
    [InlineData(new double[] { 3, 3, 3, 3 }, new double[] { 1, 2, 3, 4 }, Correlation.ConstantJudge)]
    [InlineData(new double[] { 1, 2, 3, 4 }, new double[] { 2, 2, 2, 2 }, Correlation.ConstantHuman)]
    [InlineData(new double[] { 5, 5, 5 }, new double[] { 1, 1, 1 }, Correlation.AllTies)]
    public void Every_DegenerateInput_IsUndefinedWithReason(double[] x, double[] y, string reason)
    {
        foreach (var kind in Enum.GetValues<CorrelationKind>())
        {
            var result = Correlations.Of(kind, x, y);

            Assert.Null(result.Value);
            Assert.False(result.IsDefined);
            Assert.Equal(reason, result.UndefinedReason);
            Assert.Equal(x.Length, result.N);
        }
    }

    [Fact]
    public void Pearson_NonFiniteValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => Correlations.Pearson([1, double.NaN, 3], [1, 2, 3]));
    }

    [Fact]
    public void Pearson_UnequalLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => Correlations.Pearson([1, 2, 3], [1, 2]));
    }
}
