using Weft.Protocols;
using Weft.Runs;

namespace Weft.Analysis;

/// <summary>Everything a score report shows: the run, judge scores per system and per task, and heuristic metrics.</summary>
/// <param name="Run">What the run was.</param>
/// <param name="Aspects">Aspect keys in report order.</param>
/// <param name="Systems">Per-system scores: the run's systems in their given order, then any others in ordinal order.</param>
/// <param name="Tasks">Per task and system scores, tasks in ordinal order and systems in <paramref name="Systems"/> order.</param>
/// <param name="Metrics">Offline heuristic metrics per system, systems in <paramref name="Systems"/> order and metrics in ordinal order.</param>
/// <param name="ConfidenceLevel">Level of every confidence interval in the report, strictly between 0 and 1; default 0.95.</param>
public sealed record ScoreReport(
    RunInfo Run,
    IReadOnlyList<string> Aspects,
    IReadOnlyList<SystemScores> Systems,
    IReadOnlyList<TaskScores> Tasks,
    IReadOnlyList<MetricStats> Metrics,
    double ConfidenceLevel = 0.95)
{
    /// <summary>The scale a key without a criterion is read on: InterleavedEval's 0–5.</summary>
    public static CriterionScale DefaultScale { get; } = CriterionScale.Range(InterleavedEvalPrompt.MinScore, InterleavedEvalPrompt.MaxScore);

    /// <summary>The criteria of <see cref="Aspects"/> with their scales; an aspect not listed is on <see cref="DefaultScale"/>.</summary>
    public IReadOnlyList<Criterion> Criteria { get; init; } = [];

    /// <summary>True when every aspect is on InterleavedEval's 0–5 scale (the built-in protocol's reports).</summary>
    public bool OnDefaultScale => Aspects.All(a => IsDefault(Scale(a)));

    /// <summary>True when every aspect has the same range (only then is an Overall mean of their means computed).</summary>
    public bool SharesOneScale => Aspects.Select(a => (Scale(a).Min, Scale(a).Max)).Distinct().Count() <= 1;

    /// <summary>The sentence that says how Overall is computed, or why there is none.</summary>
    public string OverallRule => SharesOneScale ? ScoreAnalysis.OverallRule : ScoreAnalysis.MixedScalesRule;

    /// <summary>The scale of <paramref name="aspect"/>.</summary>
    public CriterionScale Scale(string aspect) => Criteria.FirstOrDefault(c => string.Equals(c.Name, aspect, StringComparison.Ordinal))?.Scale ?? DefaultScale;

    /// <summary>The lowest and highest score over every aspect's scale (0 and 5 for InterleavedEval).</summary>
    public (int Min, int Max) Span() => Aspects.Count == 0 ? (DefaultScale.Min, DefaultScale.Max)
        : (Aspects.Min(a => Scale(a).Min), Aspects.Max(a => Scale(a).Max));

    /// <summary>The InterleavedEval criterion named <paramref name="key"/>, or a 0–5 criterion of that name.</summary>
    public static Criterion DefaultCriterion(string key) =>
        InterleavedEvalProtocol.AspectCriteria.FirstOrDefault(c => string.Equals(c.Name, key, StringComparison.Ordinal)) ?? new Criterion(key, DefaultScale);

    private static bool IsDefault(CriterionScale scale) =>
        !scale.HasLabels && scale.Min == DefaultScale.Min && scale.Max == DefaultScale.Max && scale.Step == DefaultScale.Step;
}
