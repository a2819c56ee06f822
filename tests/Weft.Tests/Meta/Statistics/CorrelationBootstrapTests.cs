using Weft.Analysis;
using Weft.Meta.Statistics;

namespace Weft.Tests.Meta.Statistics;

public sealed class CorrelationBootstrapTests
{
    [Fact]
    public void Units_SameSeed_SameIntervals()
    {
        var sample = Sample(200, 7);

        var first = CorrelationBootstrap.Units(sample, 500, seed: 1);
        var second = CorrelationBootstrap.Units(sample, 500, seed: 1);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Units_OtherSeed_OtherIntervals()
    {
        var sample = Sample(200, 7);

        Assert.NotEqual(CorrelationBootstrap.Units(sample, 500, seed: 1).Pearson, CorrelationBootstrap.Units(sample, 500, seed: 2).Pearson);
    }

    [Fact]
    public void Units_DecentSample_IntervalContainsThePointEstimate()
    {
        var sample = Sample(300, 11);
        var point = Correlations.Point(sample);

        var intervals = CorrelationBootstrap.Units(sample, 1000, seed: 3);

        foreach (var kind in Enum.GetValues<CorrelationKind>())
        {
            var interval = intervals.Get(kind);
            Assert.Null(interval.UndefinedReason);
            Assert.InRange(point.Value(kind), interval.Lower!.Value, interval.Upper!.Value);
            Assert.True(interval.Upper > interval.Lower);
            Assert.Equal(1000, interval.Samples);
        }
    }

    [Fact]
    public void Units_ContinuousSample_ReproducibleAndContainsEstimate()
    {
        var random = new SplitMix64(9);
        double[] x = [.. Enumerable.Range(0, 300).Select(_ => random.NextInt(100_000) / 1000.0)];
        double[] y = [.. x.Select(v => v + (random.NextInt(50_000) / 1000.0))];
        var sample = PairedSample.Create(x, y);
        Assert.False(sample.UsesTable);
        var point = Correlations.Point(sample);

        var first = CorrelationBootstrap.Units(sample, 400, seed: 4);

        Assert.Equal(first, CorrelationBootstrap.Units(sample, 400, seed: 4));
        Assert.InRange(point.Kendall, first.Kendall.Lower!.Value, first.Kendall.Upper!.Value);
        Assert.InRange(point.Spearman, first.Spearman.Lower!.Value, first.Spearman.Upper!.Value);
    }

    [Fact]
    public void Units_MostlyConstantSample_IntervalUndefinedWithCount()
    {
        // One differing unit in 20: most resamples miss it and are constant.
        double[] x = [.. Enumerable.Range(0, 20).Select(i => (double)i)];
        double[] y = [.. Enumerable.Repeat(1.0, 19), 2.0];

        var interval = CorrelationBootstrap.Units(PairedSample.Create(x, y), 200, seed: 5).Kendall;

        Assert.Null(interval.Lower);
        Assert.Null(interval.Upper);
        Assert.True(interval.UndefinedSamples > 20);
        Assert.Contains("bootstrap samples undefined", interval.UndefinedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentile_KnownValues_InterpolatesLikeNumpy()
    {
        double[] values = [.. Enumerable.Range(0, 11).Select(i => (double)i)];
        bool[] defined = [.. Enumerable.Repeat(true, 11)];

        var interval = CorrelationBootstrap.Percentile(values, defined, 0.9);

        Assert.Equal(0.5, interval.Lower!.Value, 1e-12);
        Assert.Equal(9.5, interval.Upper!.Value, 1e-12);
    }

    private static PairedSample Sample(int n, int seed)
    {
        var random = new SplitMix64((ulong)seed);
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = random.NextInt(6);
            y[i] = Math.Min(3, (x[i] / 2) + random.NextInt(2));
        }

        return PairedSample.Create(x, y);
    }
}
