using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Scores;

/// <summary>Everything <c>weft eval --protocol opening-score</c> needs to know.</summary>
/// <param name="Benchmark">Benchmark file.</param>
/// <param name="BenchmarkFormat">Benchmark format name, or null to detect it.</param>
/// <param name="Systems">Systems whose outputs are scored.</param>
/// <param name="RunFolder">Folder of the run store; re-using it resumes (scored outputs are skipped, stored replies reused).</param>
/// <param name="Judge">The judge (never <see cref="JudgeSpec.None"/>).</param>
/// <param name="Connection">How to reach the judge.</param>
/// <param name="Settings">How the judge is asked (temperature, reply limit, image detail and size; per-aspect does not apply).</param>
/// <param name="Scheduler">Concurrency, rate limits, timeouts and retries.</param>
/// <param name="Tasks">Only instances of these tasks (case-insensitive); empty for all.</param>
/// <param name="Limit">Only the first N selected instances; null for all.</param>
/// <param name="AllowRemoteImages">Fetch http(s) images.</param>
/// <param name="AllowMissingImages">Score even when some images are missing or undecodable (the judge sees a note instead).</param>
/// <param name="DryRun">Count requests and estimate tokens without calling the judge.</param>
/// <param name="RetryErrors">Ask again where earlier replies gave no valid score for some criterion.</param>
/// <param name="MaxErrorRate">Largest acceptable share of finished outputs in error (default 0.05).</param>
public sealed record OpeningScoreOptions(
    string Benchmark,
    string? BenchmarkFormat,
    IReadOnlyList<SystemSource> Systems,
    string RunFolder,
    JudgeSpec Judge,
    JudgeConnection Connection,
    JudgeSettings Settings,
    SchedulerOptions Scheduler,
    IReadOnlyList<string> Tasks,
    int? Limit = null,
    bool AllowRemoteImages = false,
    bool AllowMissingImages = false,
    bool DryRun = false,
    bool RetryErrors = false,
    double MaxErrorRate = 0.05);
