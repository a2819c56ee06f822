using Weft.Analysis;
using Weft.Runs;

namespace Weft.Tests.Analysis;

public sealed class ScaleBoundedIntervalTests
{
    [Fact]
    public void Mean_ScoresCrowdingTheBottomOfTheScale_LowerBoundClippedToTheScale()
    {
        // Mean 0.2, t interval about [-0.36, 0.76]: a mean of 0–5 scores cannot be negative.
        var interval = ConfidenceInterval.Mean([0, 0, 0, 0, 1], 0.95, 0, 5);
        var unclipped = ConfidenceInterval.Mean([0, 0, 0, 0, 1]);

        Assert.True(unclipped.Low < 0);
        Assert.Equal(0, interval.Low);
        Assert.Equal(unclipped.High, interval.High);
        Assert.Equal(0.2, interval.Mean!.Value, 12);
    }

    [Fact]
    public void Mean_ScoresCrowdingTheTop_UpperBoundClipped()
    {
        var interval = ConfidenceInterval.Mean([10, 10, 10, 9], 0.95, 0, 10);

        Assert.Equal(10, interval.High);
        Assert.True(interval.Low is > 8 and < 10);
    }

    [Fact]
    public void Summarize_JudgeScoresNearZero_IntervalStaysOnTheZeroToFiveScale()
    {
        ItemResult[] items =
        [
            Some.Item("A", "i1", "t", "0 0 0 0 0"),
            Some.Item("A", "i2", "t", "0 0 0 0 0"),
            Some.Item("A", "i3", "t", "0 0 0 0 0"),
            Some.Item("A", "i4", "t", "1 5 5 5 1"),
        ];

        var report = ScoreAnalysis.Summarize(Some.Run("A"), Some.FiveAspects, items, []);

        Assert.All(report.Systems.Single().Aspects, a => Assert.True(a.CiLow >= 0 && a.CiHigh <= 5, $"{a.Aspect}: [{a.CiLow}, {a.CiHigh}]"));
        Assert.Contains(report.Systems.Single().Aspects, a => a.CiLow == 0);
    }

    [Fact]
    public void Summarize_ReferenceMetric_ClippedToZeroOne_HeuristicLeftAsComputed()
    {
        MetricObservation[] metrics =
        [
            Some.Metric("A", "i1", "ref.bleu4", 0), Some.Metric("A", "i2", "ref.bleu4", 0), Some.Metric("A", "i3", "ref.bleu4", 0.9),
            Some.Metric("A", "i1", "text.repetition", 0), Some.Metric("A", "i2", "text.repetition", 0), Some.Metric("A", "i3", "text.repetition", 0.9),
        ];

        var report = ScoreAnalysis.Summarize(Some.Run("A"), Some.FiveAspects, [Some.Item("A", "i1", "t", "1 1 1 1 1")], metrics);

        Assert.Equal(0, report.Metrics.Single(m => m.Metric == "ref.bleu4").CiLow);
        Assert.True(report.Metrics.Single(m => m.Metric == "text.repetition").CiLow < 0);
    }
}
