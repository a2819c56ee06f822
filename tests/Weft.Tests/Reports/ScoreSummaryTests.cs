using System.Text;
using Weft.Analysis;
using Weft.Judges;
using Weft.Reports;
using Weft.Runs;
using Weft.Testing;
using Weft.Tests.Runs;

namespace Weft.Tests.Reports;

/// <summary>The summary computed while reading the store row by row is the summary of the run read whole.</summary>
public sealed class ScoreSummaryTests
{
    [Fact]
    public async Task Summarize_JudgedSample_SameReportAsTheRunReadWhole()
    {
        await using var harness = await EvalHarness.StartAsync();
        await harness.RunAsync(harness.Options());

        AssertSameAsReadWhole(harness.RunFolder);
    }

    [Fact]
    public async Task Summarize_SomeRepliesWithoutScores_SameReportAsTheRunReadWhole()
    {
        await using var harness = await EvalHarness.StartAsync();
        var calls = 0;
        harness.Server.Responder = request => Interlocked.Increment(ref calls) % 3 == 0
            ? FakeBehavior.Reply("I'm sorry, but I can't help with that.")
            : FakeBehavior.Default;
        var outcome = await harness.RunAsync(harness.Options());

        Assert.True(outcome.Errors > 0 && outcome.Judged > 0);
        AssertSameAsReadWhole(harness.RunFolder);
    }

    [Fact]
    public async Task Summarize_NoJudge_SameReportAsTheRunReadWhole()
    {
        await using var harness = await EvalHarness.StartAsync();
        await harness.RunAsync(harness.Options() with { Judge = JudgeSpec.Parse("none") });

        var (report, _) = ScoreSummary.Summarize(harness.RunFolder);

        Assert.Empty(report.Aspects);
        Assert.NotEmpty(report.Metrics);
        AssertSameAsReadWhole(harness.RunFolder);
    }

    [Fact]
    public void Summarize_NotARunFolder_SetupErrorNamingIt()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<EvalSetupException>(() => ScoreSummary.Summarize(folder.Path));

        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAsReadWhole(string runFolder)
    {
        var whole = RunResults.Load(runFolder);
        var expected = ScoreAnalysis.Summarize(whole.Run, whole.Aspects, whole.Items, whole.Metrics);

        var (streamed, totals) = ScoreSummary.Summarize(runFolder);

        Assert.Equal(Json(expected), Json(streamed));
        Assert.Equal(whole.Totals, totals);
    }

    private static string Json(ScoreReport report)
    {
        using var stream = new MemoryStream();
        JsonReport.Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
