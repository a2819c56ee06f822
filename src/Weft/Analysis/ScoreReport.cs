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
    double ConfidenceLevel = 0.95);
