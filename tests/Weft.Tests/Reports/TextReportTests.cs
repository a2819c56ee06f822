using Weft.Analysis;
using Weft.Reports;

namespace Weft.Tests.Reports;

public sealed class TextReportTests
{
    [Fact]
    public void Write_SampleReport_MatchesExpectedFile() =>
        ExpectedFile.Check("sample.txt", Render(SampleReport.Create()));

    [Fact]
    public void Write_TaskWithNewline_StaysOnItsRow()
    {
        var lines = Render(SampleReport.Create()).Split('\n');

        Assert.Equal(4, lines.Count(line => line.StartsWith(@"edit\nline two  gpt-4o+dalle3", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, line => line.StartsWith("line two", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AspectNotApplicableEverywhere_ShowsDashNeverZero()
    {
        var row = Render(SampleReport.Create()).Split('\n')
            .Single(line => line.StartsWith(SampleReport.OddSystem + " ", StringComparison.Ordinal) && line.Contains("image_coherence", StringComparison.Ordinal));

        Assert.Matches(@"image_coherence\s+–\s+–\s+0\s+2\s+0$", row);
    }

    [Fact]
    public void Write_Lines_HaveNoTrailingSpaces() =>
        Assert.DoesNotContain(Render(SampleReport.Create()).Split('\n'), line => line.EndsWith(' '));

    [Fact]
    public void Write_StatesTheOverallRule() =>
        Assert.Contains(ScoreAnalysis.OverallRule, Render(SampleReport.Create()), StringComparison.Ordinal);

    private static string Render(ScoreReport report)
    {
        using var writer = new StringWriter();
        TextReport.Write(report, writer);
        return writer.ToString();
    }
}
