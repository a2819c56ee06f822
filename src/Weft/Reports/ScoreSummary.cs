using Weft.Analysis;
using Weft.Runs;

namespace Weft.Reports;

/// <summary>A run's score summary computed while its verdicts and metrics are read from the store row by row.</summary>
public static class ScoreSummary
{
    /// <summary>Summarizes the run in <paramref name="runFolder"/>; throws <see cref="EvalSetupException"/> when it holds no run.</summary>
    /// <param name="runFolder">The run folder.</param>
    /// <param name="level">Confidence level of the intervals.</param>
    public static (ScoreReport Report, StoreTotals Totals) Summarize(string runFolder, double level = 0.95)
    {
        using var rows = RunRows.Open(runFolder);
        return (ScoreAnalysis.Summarize(rows.Run, rows.Criteria, rows.Items(), rows.Metrics(), level), rows.Totals);
    }
}
