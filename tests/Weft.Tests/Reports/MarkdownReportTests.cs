using System.Text.RegularExpressions;
using Weft.Analysis;
using Weft.Reports;
using Weft.Tests.Analysis;

namespace Weft.Tests.Reports;

public sealed partial class MarkdownReportTests
{
    [Fact]
    public void Write_SampleReport_MatchesExpectedFile() =>
        ExpectedFile.Check("sample.md", Render(SampleReport.Create()));

    [Fact]
    public void Write_NamesWithPipesAndNewlines_EveryTableRowKeepsItsColumns()
    {
        var lines = Render(SampleReport.Create()).Split('\n');
        var tables = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || (i > 0 && lines[i - 1].StartsWith('|')))
            {
                continue;
            }

            tables++;
            var columns = CellSeparator().Count(lines[i]);
            for (var j = i; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                Assert.Equal(columns, CellSeparator().Count(lines[j]));
            }
        }

        Assert.Equal(6, tables);
        Assert.DoesNotContain(lines, line => line.StartsWith("line two", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("| edit<br>line two | ", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AspectNotApplicableEverywhere_ShowsDashNeverZero()
    {
        var rows = Render(SampleReport.Create()).Split('\n')
            .Where(line => line.StartsWith(@"| a\|b""c,d ", StringComparison.Ordinal) && line.Contains("image_coherence", StringComparison.Ordinal))
            .ToList();

        Assert.Single(rows);
        Assert.Matches(@"\| image_coherence \|\s+– \| –\s+\|\s+0 \|\s+2 \|", rows[0]);
    }

    [Fact]
    public void Write_NoTasksNoMetrics_SaysNoneInsteadOfEmptyTables()
    {
        var report = SampleReport.Create() with { Tasks = [], Metrics = [] };

        var text = Render(report);

        Assert.Contains("## Judge scores by task\n\nNone.\n", text, StringComparison.Ordinal);
        Assert.EndsWith("confidence interval (Student t).\n\nNone.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OtherLevel_LabelsIntervalsWithIt()
    {
        var text = Render(SampleReport.Create() with { ConfidenceLevel = 0.9 });

        Assert.Contains("| 90% CI ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("95%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StatesTheOverallRule() =>
        Assert.Contains(ScoreAnalysis.OverallRule, Render(SampleReport.Create()), StringComparison.Ordinal);

    [Fact]
    public void Write_SummarizedRun_RendersWithoutNaN()
    {
        var report = ScoreAnalysis.Summarize(Some.Run("A"), Some.FiveAspects, [Some.Item("A", "i1", "t", "na na na na na")], []);

        var text = Render(report);

        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.00", text, StringComparison.Ordinal);
    }

    private static string Render(ScoreReport report)
    {
        using var writer = new StringWriter();
        MarkdownReport.Write(report, writer);
        return writer.ToString();
    }

    // A cell boundary is a pipe not escaped by a backslash (escaped backslashes come in pairs).
    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\|")]
    private static partial Regex CellSeparator();
}
