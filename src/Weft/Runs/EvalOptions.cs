using Weft.Judges;
using Weft.Metrics.Reference;
using Weft.Protocols;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>Everything <c>weft eval</c> needs to know.</summary>
/// <param name="Benchmark">Benchmark file.</param>
/// <param name="BenchmarkFormat">Benchmark format name, or null to detect it.</param>
/// <param name="Systems">Systems whose outputs are evaluated.</param>
/// <param name="RunFolder">Folder of the run store; re-using it resumes the run.</param>
/// <param name="Judge">The judge, or <see cref="JudgeSpec.None"/> for offline metrics only.</param>
/// <param name="Connection">How to reach the judge.</param>
/// <param name="Settings">How the judge is asked.</param>
/// <param name="Scheduler">Concurrency, rate limits, timeouts and retries.</param>
/// <param name="TaskRules">Per-task applicability overrides from the configuration file.</param>
/// <param name="Tasks">Only instances of these tasks (case-insensitive); empty for all.</param>
/// <param name="Limit">Only the first N selected instances; null for all.</param>
/// <param name="AllowRemoteImages">Fetch http(s) images.</param>
/// <param name="AllowMissingImages">Judge even when some images are missing or undecodable (they are replaced by a note).</param>
/// <param name="DryRun">Count requests and estimate tokens without calling the judge.</param>
/// <param name="RetryErrors">Send again the requests whose replies gave no valid score.</param>
/// <param name="MaxErrorRate">Largest acceptable share of judged outputs in error (default 0.05).</param>
/// <param name="ReferenceMetrics">Reference-based baselines to compute for outputs whose instance has a reference; null or empty for none.</param>
public sealed record EvalOptions(
    string Benchmark,
    string? BenchmarkFormat,
    IReadOnlyList<SystemSource> Systems,
    string RunFolder,
    JudgeSpec Judge,
    JudgeConnection Connection,
    JudgeSettings Settings,
    SchedulerOptions Scheduler,
    IReadOnlyList<TaskAspectRule> TaskRules,
    IReadOnlyList<string> Tasks,
    int? Limit = null,
    bool AllowRemoteImages = false,
    bool AllowMissingImages = false,
    bool DryRun = false,
    bool RetryErrors = false,
    double MaxErrorRate = 0.05,
    IReadOnlyList<ReferenceMetric>? ReferenceMetrics = null)
{
    /// <summary>The protocol to judge with (opening-score, or one read from a protocol file); null for interleaved-eval with <see cref="Settings"/> and <see cref="TaskRules"/>.</summary>
    public IJudgeProtocol? Protocol { get; init; }
}
