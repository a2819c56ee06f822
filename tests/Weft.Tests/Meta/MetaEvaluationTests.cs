using Weft.Meta;
using Weft.Meta.Statistics;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Tests.Meta;

public sealed class MetaEvaluationTests
{
    private static readonly MetaOptions Fast = new() { BootstrapSamples = 200 };

    [Fact]
    public void Run_InstanceLevel_CorrelatesJudgeWithMeanHumanScore()
    {
        var results = MetaRuns.Run();
        var ratings = MetaRuns.Ratings();

        var report = MetaEvaluation.Run(results, ratings, Fast);

        var cell = Judge(report, MetaLevel.Instance).Cells.Single(c => c.Aspect == "text_quality");
        var (judge, human) = ExpectedPairs(results, ratings, "text_quality");
        Assert.Equal(Correlations.Pearson(judge, human).Value!.Value, cell.Pearson.Point.Value!.Value, 1e-12);
        Assert.Equal(Correlations.Spearman(judge, human).Value!.Value, cell.Spearman.Point.Value!.Value, 1e-12);
        Assert.Equal(Correlations.KendallTauB(judge, human).Value!.Value, cell.Kendall.Point.Value!.Value, 1e-12);
        Assert.Equal(40, cell.Kendall.Point.N);
        Assert.Equal(new AspectCoverage(40, 0, 0, 0), cell.Coverage);
        Assert.InRange(cell.Pearson.Point.Value!.Value, cell.Pearson.Interval!.Lower!.Value, cell.Pearson.Interval.Upper!.Value);
    }

    [Fact]
    public void Run_NotApplicableErrorsAndUnrated_ExcludedAndCounted()
    {
        var results = MetaRuns.Run(aspect: (s, i, key) => (s, i) switch
        {
            (0, 0) => new AspectResult(key, VerdictStatus.NotApplicable, null),
            (0, 1) => new AspectResult(key, VerdictStatus.Error, null),
            _ => new AspectResult(key, VerdictStatus.Scored, Math.Round(5 * MetaRuns.Quality(s, i))),
        });
        var ratings = MetaRuns.Ratings()
            .Where(r => !(r.System == "S2" && r.InstanceId == "0000"))
            .Select(r => r.System == "S3" && r.InstanceId == "0000" ? r with { Score = null } : r)
            .ToList();

        var report = MetaEvaluation.Run(results, ratings, Fast);

        var cell = Judge(report, MetaLevel.Instance).Cells.Single(c => c.Aspect == "helpfulness");
        Assert.Equal(new AspectCoverage(Used: 36, NotApplicable: 2, JudgeErrors: 1, NoHumanRating: 1), cell.Coverage);
        Assert.Equal(36, cell.Pearson.Point.N);
    }

    [Fact]
    public void Run_BaselineMetrics_OnlyRefPrefixedBecomeRows()
    {
        List<MetricObservation> metrics = [];
        for (var s = 0; s < 4; s++)
        {
            for (var i = 0; i < 10; i++)
            {
                metrics.Add(new MetricObservation($"s{s + 1}", MetaRuns.Id(i), "task", "ref.bleu4", MetaRuns.Quality(s, i) * 0.9));
                metrics.Add(new MetricObservation($"s{s + 1}", MetaRuns.Id(i), "task", "images.near_duplicates", 1));
            }
        }

        var report = MetaEvaluation.Run(MetaRuns.Run(metrics: metrics), MetaRuns.Ratings(), Fast);

        var rows = report.Tables[0].Rows;
        Assert.Equal(["judge", "ref.bleu4", "human"], rows.Select(r => r.Metric));
        Assert.Equal("BLEU-4", rows[1].Label);
        Assert.Equal("Weft judge (gpt-4o)", rows[0].Label);
        Assert.Equal(40, rows[1].Cells[0].Pearson.Point.N);
    }

    [Fact]
    public void Run_MissingBaselineValue_CountedAsNotApplicable()
    {
        List<MetricObservation> metrics = [new("s1", "0000", "task", "ref.ssim", 0.5), new("s2", "0001", "task", "ref.ssim", 0.7), new("s3", "0002", "task", "ref.ssim", 0.1)];

        var report = MetaEvaluation.Run(MetaRuns.Run(), MetaRuns.Ratings(), Fast);
        var withMetric = MetaEvaluation.Run(MetaRuns.Run(metrics: metrics), MetaRuns.Ratings(), Fast);

        Assert.DoesNotContain(report.Tables[0].Rows, r => r.Kind == MetaRowKind.Baseline);
        var row = withMetric.Tables[0].Rows.Single(r => r.Metric == "ref.ssim");
        Assert.Equal(new AspectCoverage(3, 37, 0, 0), row.Cells[0].Coverage);
    }

    [Fact]
    public void Run_Overall_MeansApplicableAspectsOnBothSides()
    {
        // The judge scores text quality 5 and marks the rest N/A on every output but one per system.
        var results = MetaRuns.Run(instances: 4, aspect: (s, i, key) => key == "text_quality"
            ? new AspectResult(key, VerdictStatus.Scored, s + i)
            : new AspectResult(key, VerdictStatus.NotApplicable, null));
        List<HumanRating> ratings =
        [
            .. Enumerable.Range(0, 4).SelectMany(s => Enumerable.Range(0, 4).SelectMany(i => new[]
            {
                new HumanRating(MetaRuns.Id(i), $"s{s + 1}", "text_quality", "a", (s + i) % 4),
                new HumanRating(MetaRuns.Id(i), $"s{s + 1}", "helpfulness", "a", 3),
                new HumanRating(MetaRuns.Id(i), $"s{s + 1}", "image_coherence", "a", null),
            })),
        ];

        var report = MetaEvaluation.Run(results, ratings, Fast);

        Assert.False(report.OverallRatedDirectly);
        var overall = Judge(report, MetaLevel.Instance).Cells.Single(c => c.Aspect == MetaEvaluation.Overall);
        double[] judge = [.. Enumerable.Range(0, 4).SelectMany(s => Enumerable.Range(0, 4).Select(i => (double)(s + i)))];
        double[] human = [.. Enumerable.Range(0, 4).SelectMany(s => Enumerable.Range(0, 4).Select(i => (((s + i) % 4) + 3) / 2.0))];
        Assert.Equal(Correlations.Pearson(judge, human).Value!.Value, overall.Pearson.Point.Value!.Value, 1e-12);
    }

    [Fact]
    public void Run_SystemLevel_CorrelatesSystemMeans()
    {
        var results = MetaRuns.Run();
        var ratings = MetaRuns.Ratings();

        var report = MetaEvaluation.Run(results, ratings, Fast);

        var cell = Judge(report, MetaLevel.System).Cells.Single(c => c.Aspect == "text_quality");
        var (judge, human) = ExpectedPairs(results, ratings, "text_quality");
        double[] judgeMeans = [.. judge.Chunk(10).Select(c => c.Average())];
        double[] humanMeans = [.. human.Chunk(10).Select(c => c.Average())];
        Assert.Equal(Correlations.Spearman(judgeMeans, humanMeans).Value!.Value, cell.Spearman.Point.Value!.Value, 1e-12);
        Assert.Equal(4, cell.Spearman.Point.N);
        Assert.NotNull(cell.Spearman.Interval);
    }

    [Fact]
    public void Run_ConstantHumans_UndefinedWithReasonAndNoInterval()
    {
        var ratings = MetaRuns.Ratings().Select(r => r with { Score = 2 }).ToList();

        var report = MetaEvaluation.Run(MetaRuns.Run(), ratings, Fast);

        foreach (var table in report.Tables)
        {
            var cell = Judge(report, table.Level).Cells[0];
            Assert.Null(cell.Pearson.Point.Value);
            Assert.Equal(Correlation.ConstantHuman, cell.Kendall.Point.UndefinedReason);
            Assert.Null(cell.Kendall.Interval);
        }

        Assert.Equal(Krippendorff.NoVariation, report.Reliability[0].AlphaInterval.UndefinedReason);
    }

    [Fact]
    public void Run_TwoSystems_SystemLevelTooFew()
    {
        var ratings = MetaRuns.Ratings().Where(r => r.System is "S1" or "S2").ToList();

        var report = MetaEvaluation.Run(MetaRuns.Run(), ratings, Fast);

        var cell = Judge(report, MetaLevel.System).Cells[0];
        Assert.Equal(Correlation.TooFew, cell.Pearson.Point.UndefinedReason);
        Assert.Equal(20, cell.Coverage.NoHumanRating);
    }

    [Fact]
    public void Run_SameSeed_SameIntervals()
    {
        var first = MetaEvaluation.Run(MetaRuns.Run(), MetaRuns.Ratings(), Fast);
        var second = MetaEvaluation.Run(MetaRuns.Run(), MetaRuns.Ratings(), Fast);
        var other = MetaEvaluation.Run(MetaRuns.Run(), MetaRuns.Ratings(), Fast with { Seed = 99 });

        Assert.Equal(Judge(first, MetaLevel.Instance).Cells[0].Kendall, Judge(second, MetaLevel.Instance).Cells[0].Kendall);
        Assert.Equal(Judge(first, MetaLevel.System).Cells[0].Pearson, Judge(second, MetaLevel.System).Cells[0].Pearson);
        Assert.NotEqual(Judge(first, MetaLevel.Instance).Cells[0].Kendall.Interval, Judge(other, MetaLevel.Instance).Cells[0].Kendall.Interval);
    }

    [Fact]
    public void Run_Ceiling_IsLeaveOneRaterOut()
    {
        var ratings = MetaRuns.Ratings();

        var report = MetaEvaluation.Run(MetaRuns.Run(), ratings, Fast);

        var ceiling = report.Tables[0].Rows.Single(r => r.Kind == MetaRowKind.HumanCeiling).Cells[0];
        List<double> values = [];
        for (var r = 0; r < 3; r++)
        {
            var mine = ratings.Where(x => x.Aspect == "text_quality" && x.Rater == $"rater{r}").ToList();
            var others = mine.Select(m => ratings.Where(x => x.Aspect == "text_quality" && x.Rater != m.Rater && x.InstanceId == m.InstanceId && x.System == m.System).Average(x => x.Score!.Value)).ToList();
            values.Add(Correlations.Pearson([.. mine.Select(m => m.Score!.Value)], others).Value!.Value);
        }

        Assert.Equal(values.Average(), ceiling.Pearson.Point.Value!.Value, 1e-12);
        Assert.Equal(3, ceiling.Pearson.Point.N);
        Assert.Null(ceiling.Pearson.Interval);
    }

    [Fact]
    public void Run_UnmatchedRatingsAndReliability_Counted()
    {
        List<HumanRating> ratings = [.. MetaRuns.Ratings(), new("9999", "s1", "text_quality", "rater0", 1), new("0000", "nobody", "text_quality", "rater0", 1)];

        var report = MetaEvaluation.Run(MetaRuns.Run(), ratings, Fast);

        Assert.Equal(2, report.UnmatchedRatings);
        var reliability = report.Reliability.Single(r => r.Aspect == "text_quality");
        Assert.Equal(3, reliability.Raters);
        Assert.Equal(40, reliability.Units);
        Assert.Equal(3, reliability.MeanPairwiseSpearman.N);
        Assert.NotNull(reliability.AlphaOrdinal.Value);
    }

    [Fact]
    public void Run_NoJudge_OnlyBaselinesAndCeiling()
    {
        var results = MetaRuns.Run() with { Run = MetaRuns.Info("none") };

        var report = MetaEvaluation.Run(results, MetaRuns.Ratings(), Fast with { Levels = [MetaLevel.Instance] });

        Assert.Single(report.Tables);
        Assert.Equal([MetaRowKind.HumanCeiling], report.Tables[0].Rows.Select(r => r.Kind));
    }

    private static MetaRow Judge(MetaReport report, MetaLevel level) =>
        report.Tables.Single(t => t.Level == level).Rows.Single(r => r.Kind == MetaRowKind.Judge);

    /// <summary>Judge score and mean human score per output, systems in order, instances in order.</summary>
    private static (double[] Judge, double[] Human) ExpectedPairs(RunResults results, List<HumanRating> ratings, string aspect)
    {
        var judge = results.Items.Select(i => i.Aspects.Single(a => a.Aspect == aspect).Score!.Value).ToArray();
        var human = results.Items.Select(i => ratings
            .Where(r => r.Aspect == aspect && r.InstanceId == i.InstanceId && string.Equals(r.System, i.System, StringComparison.OrdinalIgnoreCase))
            .Average(r => r.Score!.Value)).ToArray();
        return (judge, human);
    }
}
