using Weft.Meta.Statistics;

namespace Weft.Tests.Meta.Statistics;

public sealed class KrippendorffTests
{
    public static TheoryData<string> GoldenCases() =>
        [.. MetaGolden.Read("alpha").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Alpha_GoldenCase_MatchesCoincidenceMatrix(string name)
    {
        var golden = MetaGolden.Case("alpha", name);
        var units = Units(MetaGolden.Matrix(golden.GetProperty("matrix")));

        Assert.Equal(golden.GetProperty("alpha_interval").GetDouble(), Krippendorff.Alpha(units, AlphaMetric.Interval).Value!.Value, MetaGolden.Tolerance);
        Assert.Equal(golden.GetProperty("alpha_ordinal").GetDouble(), Krippendorff.Alpha(units, AlphaMetric.Ordinal).Value!.Value, MetaGolden.Tolerance);
    }

    [Fact]
    public void Alpha_Krippendorff2011Example_GivesThePublishedValues()
    {
        var units = Units(MetaGolden.Matrix(MetaGolden.Case("alpha", "krippendorff_2011").GetProperty("matrix")));

        var interval = Krippendorff.Alpha(units, AlphaMetric.Interval);
        var ordinal = Krippendorff.Alpha(units, AlphaMetric.Ordinal);

        Assert.Equal(0.849, Math.Round(interval.Value!.Value, 3));
        Assert.Equal(0.815, Math.Round(ordinal.Value!.Value, 3));

        // Unit 12 has a single value and is not pairable: 40 pairable values remain of 41.
        Assert.Equal(40, interval.N);
    }

    [Fact]
    public void Alpha_NoPairableUnit_IsUndefined()
    {
        IReadOnlyList<IReadOnlyList<double>> units = [[1.0], [2.0], []];

        var alpha = Krippendorff.Alpha(units, AlphaMetric.Interval);

        Assert.Null(alpha.Value);
        Assert.Equal(Krippendorff.TooFewPairable, alpha.UndefinedReason);
    }

    [Theory]
    [InlineData(AlphaMetric.Interval)]
    [InlineData(AlphaMetric.Ordinal)]
    public void Alpha_AllRatingsEqual_IsUndefined(AlphaMetric metric)
    {
        IReadOnlyList<IReadOnlyList<double>> units = [[2.0, 2.0], [2.0, 2.0, 2.0]];

        var alpha = Krippendorff.Alpha(units, metric);

        Assert.Null(alpha.Value);
        Assert.Equal(Krippendorff.NoVariation, alpha.UndefinedReason);
    }

    [Fact]
    public void Alpha_PerfectAgreement_IsOne()
    {
        IReadOnlyList<IReadOnlyList<double>> units = [[0.0, 0.0], [1.0, 1.0, 1.0], [3.0, 3.0]];

        Assert.Equal(1.0, Krippendorff.Alpha(units, AlphaMetric.Ordinal).Value!.Value, 1e-12);
    }

    internal static IReadOnlyList<IReadOnlyList<double>> Units(double?[][] matrix) =>
        [.. matrix.Select(row => (IReadOnlyList<double>)[.. row.Where(v => v.HasValue).Select(v => v!.Value)])];
}
