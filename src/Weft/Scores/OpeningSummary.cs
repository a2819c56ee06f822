using Weft.Analysis;
using Weft.Protocols;

namespace Weft.Scores;

/// <summary>OpenING's summary of absolute scores, exactly as its rule states, with our own figures alongside.</summary>
/// <remarks>
/// Per system: each criterion's mean over the items that have a score, rounded to 2 decimals the way Python's
/// <c>round</c> does (half to even on the exact binary value); Overall = the mean of those seven rounded means;
/// systems ranked by Overall. Alongside: unrounded means with 95% Student-t intervals, and missing scores counted.
/// </remarks>
public static class OpeningSummary
{
    /// <summary>One summary per system, ranked by Overall (systems without a full Overall last, by name).</summary>
    /// <exception cref="ArgumentException">An instance of a system has two rows for one criterion (systems match ignoring case).</exception>
    public static IReadOnlyList<OpeningSystemSummary> Summarize(IReadOnlyList<OpeningScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);

        // Duplicates are refused, as the score-file reader refuses them: counted, they would weigh an instance twice in the
        // criterion means and drop it from the item means.
        var seen = new HashSet<(string, string, string)>();
        foreach (var row in scores)
        {
            if (!seen.Add((row.InstanceId, row.System.ToUpperInvariant(), row.Criterion)))
            {
                throw new ArgumentException($"instance \"{row.InstanceId}\" of system \"{row.System}\" has two {row.Criterion} scores; give one row per instance, system and criterion.", nameof(scores));
            }
        }

        var summaries = scores
            .GroupBy(s => s.System, StringComparer.OrdinalIgnoreCase)
            .Select(System)
            .OrderByDescending(s => s.Overall ?? double.NegativeInfinity)
            .ThenBy(s => s.System, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return [.. summaries.Select((s, i) => s with { Rank = i + 1 })];
    }

    private static OpeningSystemSummary System(IGrouping<string, OpeningScore> rows)
    {
        var criteria = OpeningCriteria.All.Select(criterion =>
        {
            var of = rows.Where(r => r.Criterion == criterion).ToList();
            var values = of.Where(r => r.Score is not null).Select(r => (double)r.Score!.Value).ToList();
            double? rounded = values.Count == 0 ? null : PythonRounding.Round(values.Sum() / values.Count, 2);
            return new OpeningCriterionSummary(criterion, rounded, ConfidenceInterval.Mean(values, 0.95, OpeningScoreProtocol.Scale.Min, OpeningScoreProtocol.Scale.Max), of.Count - values.Count);
        }).ToList();

        double? overall = null;
        if (criteria.All(c => c.RoundedMean is not null))
        {
            var sum = 0.0;
            foreach (var criterion in criteria)
            {
                sum += criterion.RoundedMean!.Value;
            }

            overall = sum / criteria.Count;
        }

        var items = rows.GroupBy(r => r.InstanceId, StringComparer.Ordinal).ToList();
        var itemMeans = items
            .Where(item => item.Count(r => r.Score is not null) == OpeningCriteria.All.Count)
            .Select(item => item.Average(r => (double)r.Score!.Value))
            .ToList();
        return new OpeningSystemSummary(
            0, rows.First().System, items.Count, criteria, overall, overall is { } o ? PythonRounding.Round(o, 2) : null, ConfidenceInterval.Mean(itemMeans, 0.95, OpeningScoreProtocol.Scale.Min, OpeningScoreProtocol.Scale.Max), criteria.Sum(c => c.Missing));
    }
}
