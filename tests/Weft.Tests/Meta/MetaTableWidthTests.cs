using Weft.Meta;

namespace Weft.Tests.Meta;

public sealed class MetaTableWidthTests
{
    private static readonly MetaOptions Fast = new() { BootstrapSamples = 50 };

    [Fact]
    public void Render_TableAtEightyColumns_SplitsIntoGridsThatFitEachRepeatingTheMetricColumn()
    {
        var report = MetaEvaluation.Run(MetaRuns.Run(), MetaRuns.Ratings(), Fast);
        var wide = MetaReportWriter.Render(report, "table");
        var narrow = MetaReportWriter.Render(report, "table", 80);

        Assert.Contains(wide.Split('\n'), line => line.Length > 150);
        Assert.All(narrow.Split('\n').Where(l => !l.StartsWith('[') && !l.Contains("rating", StringComparison.Ordinal)), line => Assert.True(line.Length <= 80, line));
        Assert.True(narrow.Split('\n').Count(l => l.StartsWith("Metric ", StringComparison.Ordinal)) > wide.Split('\n').Count(l => l.StartsWith("Metric ", StringComparison.Ordinal)));
        // Every cell of the wide table is still there, whole.
        foreach (var token in wide.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length > 1 && !t.All(c => c == '-')))
        {
            Assert.Contains(token, narrow, StringComparison.Ordinal);
        }
    }
}
