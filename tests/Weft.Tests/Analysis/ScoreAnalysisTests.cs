using Weft.Analysis;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Tests.Analysis;

public sealed class ScoreAnalysisTests
{
    // Aspect order: text_quality, perceptual_quality, image_coherence, text_image_coherence, helpfulness.
    private static readonly ItemResult[] Mixed =
    [
        Some.Item("A", "i1", "story", "4 5 na 3 err"),
        Some.Item("A", "i2", "story", "2 3 na 5 4"),
        Some.Item("A", "i3", "edit", "3 na na err 5"),
        Some.Missing("A", "i4", "edit"),
        Some.Item("B", "i1", "story", "5 5 na 4 4"),
        Some.Missing("B", "i2", "story"),
        Some.Item("B", "i3", "edit", "1 2 na 2 3"),
        Some.Missing("B", "i4", "edit"),
    ];

    [Fact]
    public void Summarize_MixedStatuses_ExactCountsAndMeans()
    {
        var report = ScoreAnalysis.Summarize(Some.Run("A", "B"), Some.FiveAspects, Mixed, []);

        var a = report.Systems[0];
        Assert.Equal("A", a.System);
        Assert.Equal((3, 1, 2), (a.Outputs, a.MissingOutputs, a.ErrorOutputs));
        AssertStats(a.Aspects[0], "text_quality", n: 3, mean: 3.0, notApplicable: 0, errors: 0, [4, 2, 3]);
        AssertStats(a.Aspects[1], "perceptual_quality", n: 2, mean: 4.0, notApplicable: 1, errors: 0, [5, 3]);
        AssertStats(a.Aspects[2], "image_coherence", n: 0, mean: null, notApplicable: 3, errors: 0, []);
        AssertStats(a.Aspects[3], "text_image_coherence", n: 2, mean: 4.0, notApplicable: 0, errors: 1, [3, 5]);
        AssertStats(a.Aspects[4], "helpfulness", n: 2, mean: 4.5, notApplicable: 0, errors: 1, [4, 5]);
        Assert.Equal((3.0 + 4.0 + 4.0 + 4.5) / 4, a.Overall);

        var b = report.Systems[1];
        Assert.Equal((2, 2, 0), (b.Outputs, b.MissingOutputs, b.ErrorOutputs));
        Assert.Equal([3.0, 3.5, null, 3.0, 3.5], b.Aspects.Select(s => s.Mean));
    }

    [Fact]
    public void Summarize_OutputNotJudgedYet_CountedApartAndNeverScored()
    {
        ItemResult[] items = [Some.Item("A", "i1", "story", "4 5 na 3 2"), new ItemResult("A", "i2", "story", false, [])];

        var report = ScoreAnalysis.Summarize(Some.Run("A"), Some.FiveAspects, items, []);

        var a = report.Systems[0];
        Assert.Equal((2, 0, 0, 1), (a.Outputs, a.MissingOutputs, a.ErrorOutputs, a.UnjudgedOutputs));
        Assert.Equal([1, 1, 0, 1, 1], a.Aspects.Select(s => s.N));
        Assert.Equal(1, report.Tasks[0].UnjudgedOutputs);
    }

    [Fact]
    public void Summarize_AspectNotApplicableEverywhere_HasNoMeanAndStaysOutOfOverall()
    {
        var report = ScoreAnalysis.Summarize(Some.Run("A", "B"), Some.FiveAspects, Mixed, []);

        foreach (var system in report.Systems)
        {
            var imageCoherence = system.Aspects[2];
            Assert.Equal(new AspectStats("image_coherence", 0, null, null, null, system.Outputs, 0), imageCoherence);
            var scoredMeans = system.Aspects.Where(s => s.Mean is not null).Select(s => s.Mean!.Value).ToList();
            Assert.Equal(4, scoredMeans.Count);
            Assert.Equal(scoredMeans.Average(), system.Overall);
        }
    }

    [Fact]
    public void Summarize_PerTask_SameRulesPerTaskAndSystem()
    {
        var report = ScoreAnalysis.Summarize(Some.Run("A", "B"), Some.FiveAspects, Mixed, []);

        Assert.Equal([("edit", "A"), ("edit", "B"), ("story", "A"), ("story", "B")], report.Tasks.Select(t => (t.Task, t.System)));
        var editA = report.Tasks[0];
        Assert.Equal((1, 1, 1), (editA.Outputs, editA.MissingOutputs, editA.ErrorOutputs));
        Assert.Equal([3.0, null, null, null, 5.0], editA.Aspects.Select(s => s.Mean));
        Assert.Equal(4.0, editA.Overall);
        Assert.Equal([1, 0, 0, 0, 1], editA.Aspects.Select(s => s.N));
        Assert.All(editA.Aspects, s => Assert.Null(s.CiLow));

        var editB = report.Tasks[1];
        Assert.Equal((1, 1, 0), (editB.Outputs, editB.MissingOutputs, editB.ErrorOutputs));
        var storyB = report.Tasks[3];
        Assert.Equal((1, 1, 0), (storyB.Outputs, storyB.MissingOutputs, storyB.ErrorOutputs));
    }

    [Fact]
    public void Summarize_Systems_RunOrderThenOthersOrdinally()
    {
        ItemResult[] items =
        [
            Some.Item("beta", "i1", "t", "1 1 1 1 1"),
            Some.Item("zeta", "i1", "t", "1 1 1 1 1"),
            Some.Item("Alpha", "i1", "t", "1 1 1 1 1"),
        ];

        var report = ScoreAnalysis.Summarize(Some.Run("zeta", "alpha"), Some.FiveAspects, items, [Some.Metric("aaa", "i1", "m", 1)]);

        Assert.Equal(["zeta", "alpha", "Alpha", "aaa", "beta"], report.Systems.Select(s => s.System));
        var alpha = report.Systems[1];
        Assert.Equal((0, 0, 0, (double?)null), (alpha.Outputs, alpha.MissingOutputs, alpha.ErrorOutputs, alpha.Overall));
        Assert.All(alpha.Aspects, s => Assert.Equal(0, s.N));
        Assert.Equal(["zeta", "Alpha", "beta"], report.Tasks.Select(t => t.System));
    }

    [Fact]
    public void Summarize_Metrics_MeanAndIntervalPerSystemAndMetric()
    {
        MetricObservation[] metrics =
        [
            Some.Metric("B", "i1", "text.words", 10),
            Some.Metric("A", "i1", "text.words", 12),
            Some.Metric("A", "i2", "text.words", 18),
            Some.Metric("A", "i1", "images.count", 2),
        ];

        var report = ScoreAnalysis.Summarize(Some.Run("A", "B"), Some.FiveAspects, [], metrics);

        var expected = ConfidenceInterval.Mean([12.0, 18.0]);
        Assert.Equal(
            [
                new MetricStats("A", "images.count", 1, 2.0, null, null),
                new MetricStats("A", "text.words", 2, 15.0, expected.Low, expected.High),
                new MetricStats("B", "text.words", 1, 10.0, null, null),
            ],
            report.Metrics);
    }

    [Fact]
    public void Summarize_AspectsInAnotherOrder_LandInTheirOwnColumns()
    {
        var results = new List<AspectResult>
        {
            new("helpfulness", VerdictStatus.Scored, 1),
            new("text_quality", VerdictStatus.Scored, 5),
            new("image_coherence", VerdictStatus.NotApplicable, null),
            new("perceptual_quality", VerdictStatus.Error, null),
            new("text_image_coherence", VerdictStatus.Scored, 3),
        };

        var report = ScoreAnalysis.Summarize(Some.Run("A"), Some.FiveAspects, [new ItemResult("A", "i1", "t", false, results)], []);

        Assert.Equal([5.0, null, null, 3.0, 1.0], report.Systems[0].Aspects.Select(s => s.Mean));
        Assert.Equal([0, 1, 0, 0, 0], report.Systems[0].Aspects.Select(s => s.Errors));
    }

    [Fact]
    public void Summarize_Level_UsedForEveryInterval()
    {
        ItemResult[] items = [Some.Item("A", "i1", "t", "1 2 3 4 3"), Some.Item("A", "i2", "t", "2 4 4 4 3"), Some.Item("A", "i3", "t", "3 3 3 3 3")];

        var report = ScoreAnalysis.Summarize(Some.Run("A"), Some.FiveAspects, items, [], level: 0.9);

        Assert.Equal(0.9, report.ConfidenceLevel);
        var expected = ConfidenceInterval.Mean([1.0, 2.0, 3.0], 0.9);
        Assert.Equal((expected.Low, expected.High), (report.Systems[0].Aspects[0].CiLow, report.Systems[0].Aspects[0].CiHigh));
        Assert.Equal((3.0, 3.0), (report.Systems[0].Aspects[4].CiLow!.Value, report.Systems[0].Aspects[4].CiHigh!.Value));
    }

    [Theory]
    [InlineData("4 5 na 3", "aspect 'helpfulness' has no result")]
    [InlineData("4 5 na 3 2 1", "is not one of the report's aspects")]
    public void Summarize_WrongAspectCount_ThrowsNamingTheItem(string verdicts, string problem)
    {
        var aspects = Some.FiveAspects.Append("extra").ToList();
        var item = verdicts.Split(' ').Length == 6
            ? Some.Item("sys", "inst-7", "t", aspects, verdicts)
            : Some.Item("sys", "inst-7", "t", verdicts);

        var error = Assert.Throws<ArgumentException>(() => ScoreAnalysis.Summarize(Some.Run("sys"), Some.FiveAspects, [item], []));

        Assert.Contains("System 'sys', instance 'inst-7'", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Summarize_RepeatedAspect_Throws()
    {
        var item = Some.Item("sys", "i1", "t", ["text_quality", "text_quality"], "1 2");
        var error = Assert.Throws<ArgumentException>(() => ScoreAnalysis.Summarize(Some.Run("sys"), ["text_quality", "helpfulness"], [item], []));
        Assert.Contains("appears twice", error.Message);
    }

    [Fact]
    public void Summarize_ScoredWithoutScore_Throws()
    {
        var item = new ItemResult("sys", "i1", "t", false, [new AspectResult("helpfulness", VerdictStatus.Scored, null)]);
        var error = Assert.Throws<ArgumentException>(() => ScoreAnalysis.Summarize(Some.Run("sys"), ["helpfulness"], [item], []));
        Assert.Contains("no finite score", error.Message);
    }

    [Fact]
    public void Summarize_MetricNaN_ThrowsNamingTheObservation()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ScoreAnalysis.Summarize(Some.Run("sys"), Some.FiveAspects, [], [Some.Metric("sys", "i9", "text.words", double.NaN)]));
        Assert.Contains("System 'sys', instance 'i9': metric 'text.words'", error.Message);
    }

    [Fact]
    public void Summarize_MissingOutputWithVerdicts_Throws()
    {
        var item = Some.Item("sys", "i1", "t", "1 1 1 1 1") with { OutputMissing = true };
        var error = Assert.Throws<ArgumentException>(() => ScoreAnalysis.Summarize(Some.Run("sys"), Some.FiveAspects, [item], []));
        Assert.Contains("output is missing but aspects were judged", error.Message);
    }

    [Fact]
    public void Summarize_ManyItems_CountsEveryOne()
    {
        // Shared result lists keep the test's own memory small; the summary still visits every item.
        IReadOnlyList<AspectResult>[] shapes =
        [
            Some.Item("x", "x", "x", "3 4 na 5 2").Aspects,
            Some.Item("x", "x", "x", "5 err na 4 4").Aspects,
        ];
        string[] systems = ["s0", "s1", "s2", "s3"];
        string[] tasks = ["t0", "t1", "t2", "t3", "t4"];
        const int count = 300_000;

        IEnumerable<ItemResult> Items()
        {
            for (var i = 0; i < count; i++)
            {
                yield return i % 10 == 9
                    ? Some.Missing(systems[i % 4], "id", tasks[i % 5])
                    : new ItemResult(systems[i % 4], "id", tasks[i % 5], false, shapes[i % 2]);
            }
        }

        var report = ScoreAnalysis.Summarize(Some.Run(systems), Some.FiveAspects, Items(), []);

        Assert.Equal(count / 10, report.Systems.Sum(s => s.MissingOutputs));
        Assert.Equal(count - (count / 10), report.Systems.Sum(s => s.Outputs));
        Assert.Equal(count - (count / 10), report.Systems.Sum(s => s.Aspects[2].NotApplicable));
        Assert.Equal(20, report.Tasks.Count);
        Assert.Equal(report.Systems.Sum(s => s.ErrorOutputs), report.Tasks.Sum(t => t.ErrorOutputs));
        // Even items score 3 and odd ones 5 on text quality; a tenth of the odd ones have no output.
        var expectedMean = ((3.0 * 150_000) + (5.0 * 120_000)) / 270_000;
        Assert.Equal(expectedMean, report.Systems.Sum(s => s.Aspects[0].Mean!.Value * s.Aspects[0].N) / report.Systems.Sum(s => s.Aspects[0].N), 12);
    }

    private static void AssertStats(AspectStats actual, string aspect, int n, double? mean, int notApplicable, int errors, double[] scores)
    {
        var interval = ConfidenceInterval.Mean(scores, 0.95, 0, 5);
        Assert.Equal(new AspectStats(aspect, n, mean, interval.Low, interval.High, notApplicable, errors), actual);
    }
}
