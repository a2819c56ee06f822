using Weft.Meta.Statistics;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Meta;

/// <summary>
/// Measures a run's judge (and its <c>ref.*</c> baseline metrics) against human ratings: per aspect and overall, at
/// instance and system level, Pearson, Spearman and Kendall tau-b with bootstrap intervals; plus the raters' reliability
/// and the leave-one-rater-out human ceiling. Correlations are scale-free, so judge 0–5 against human 0–3 needs no
/// rescaling. Pure: no I/O, seeded randomness only.
/// </summary>
public static class MetaEvaluation
{
    /// <summary>Prefix of the run metrics treated as reference-based baselines.</summary>
    public const string BaselinePrefix = "ref.";

    /// <summary>The name of the aspect that averages the applicable aspects.</summary>
    public const string Overall = HumanRatingFields.Overall;

    /// <summary>Runs the meta-evaluation; <paramref name="ratings"/> for outputs the run does not have are counted and ignored.</summary>
    public static MetaReport Run(RunResults results, IReadOnlyList<HumanRating> ratings, MetaOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.BootstrapSamples);
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must be strictly between 0 and 1.");
        }

        // A run judged with a protocol file is compared on its own criteria; the built-in protocol on the five aspects.
        List<string> aspects = results.OwnCriteria ? [.. results.Criteria.Select(c => c.Name), Overall] : [.. Aspects.All.Select(Aspects.Key), Overall];
        var units = new MetaUnits(results);
        var humans = new HumanScores(units, ratings, aspects);
        var humanSides = aspects.ToDictionary(a => a, a => Enumerable.Range(0, units.Count).Select(u => humans.Mean(a, u)).ToArray());

        List<(string Metric, string Label, MetaRowKind Kind, Func<string, SideValue[]> Sides)> metrics = [];
        if (results.Run.Judge != "none")
        {
            metrics.Add(("judge", JudgeLabel(results.Run.Judge), MetaRowKind.Judge, aspect => JudgeSides(units, aspect)));
        }

        foreach (var name in results.Metrics.Select(m => m.Metric).Where(m => m.StartsWith(BaselinePrefix, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal))
        {
            var sides = MetricSides(units, results.Metrics, name);
            metrics.Add((name, BaselineLabel(name), MetaRowKind.Baseline, _ => sides));
        }

        var metricSides = metrics.Select(m => aspects.ToDictionary(a => a, m.Sides)).ToList();
        List<MetaTable> tables = [];
        foreach (var level in options.Levels.Distinct())
        {
            List<MetaRow> rows = [.. metrics.Select((m, i) => new MetaRow(m.Metric, m.Label, m.Kind,
                [.. aspects.Select(a => MetaCells.Compute(a, level, units, metricSides[i][a], humanSides[a], options))]))];
            rows.Add(new MetaRow("human", "Human (leave-one-out)", MetaRowKind.HumanCeiling,
                [.. aspects.Select(a => MetaCells.Ceiling(a, level, humans.Matrix(a)))]));
            tables.Add(new MetaTable(level, rows));
        }

        var reliability = aspects.Select(a => Reliability(a, humans.Matrix(a))).ToList();
        return new MetaReport(results.Run, options, aspects, tables, reliability, ratings.Count, humans.Unmatched, humans.OverallRatedDirectly)
        {
            Criteria = results.OwnCriteria ? results.Criteria : [],
        };
    }

    private static SideValue[] JudgeSides(MetaUnits units, string aspect) =>
        [.. units.Items.Select(item => aspect == Overall ? JudgeOverall(item) : JudgeAspect(item, aspect))];

    private static SideValue JudgeAspect(ItemResult item, string aspect) =>
        item.Aspects.FirstOrDefault(a => a.Aspect == aspect) switch
        {
            { Status: VerdictStatus.Scored, Score: { } score } => SideValue.Of(score),
            { Status: VerdictStatus.NotApplicable } => SideValue.NotApplicable,
            _ => SideValue.Error,
        };

    /// <summary>The judge's overall: the mean of its scored aspects; an error if any aspect failed or none was judged, N/A if all were N/A.</summary>
    private static SideValue JudgeOverall(ItemResult item)
    {
        if (item.Aspects.Count == 0 || item.Aspects.Any(a => a.Status == VerdictStatus.Error || (a.Status == VerdictStatus.Scored && a.Score is null)))
        {
            return SideValue.Error;
        }

        var scored = item.Aspects.Where(a => a.Status == VerdictStatus.Scored).Select(a => a.Score!.Value).ToList();
        return scored.Count == 0 ? SideValue.NotApplicable : SideValue.Of(scored.Average());
    }

    private static SideValue[] MetricSides(MetaUnits units, IReadOnlyList<MetricObservation> observations, string name)
    {
        var sides = Enumerable.Repeat(SideValue.NotApplicable, units.Count).ToArray();
        foreach (var observation in observations.Where(o => o.Metric == name && double.IsFinite(o.Value)))
        {
            var unit = units.Find(observation.InstanceId, observation.System);
            if (unit >= 0)
            {
                sides[unit] = SideValue.Of(observation.Value);
            }
        }

        return sides;
    }

    private static ReliabilityRow Reliability(string aspect, RatingMatrix matrix)
    {
        var values = matrix.UnitValues();
        var (pairwise, skipped) = RaterAgreement.MeanPairwiseSpearman(matrix);
        var raters = Enumerable.Range(0, matrix.Raters).Count(r => Enumerable.Range(0, matrix.Units).Any(u => matrix[u, r].HasValue));
        return new ReliabilityRow(
            aspect,
            Krippendorff.Alpha(values, AlphaMetric.Interval),
            Krippendorff.Alpha(values, AlphaMetric.Ordinal),
            pairwise,
            skipped,
            raters,
            values.Count(v => v.Count > 0));
    }

    private static string JudgeLabel(string judge)
    {
        var colon = judge.IndexOf(':', StringComparison.Ordinal);
        return $"Weft judge ({(colon >= 0 ? judge[(colon + 1)..] : judge)})";
    }

    /// <summary>Display names of the baselines the reference-metric helper stores; others show their stored name.</summary>
    internal static string BaselineLabel(string metric) => metric switch
    {
        "ref.bleu4" => "BLEU-4",
        "ref.rougeL" => "ROUGE-L",
        "ref.ssim" => "SSIM",
        "ref.phash" => "pHash similarity",
        _ => metric,
    };
}
