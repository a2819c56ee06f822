using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Arena;

/// <summary>Everything <c>weft arena judge</c> needs to know.</summary>
/// <param name="Benchmark">Benchmark file.</param>
/// <param name="BenchmarkFormat">Benchmark format name, or null to detect it.</param>
/// <param name="Systems">Systems whose outputs are compared (at least two).</param>
/// <param name="RunFolder">Folder of the run store; re-using it resumes (judged battles are skipped).</param>
/// <param name="Judge">The judge (never <see cref="JudgeSpec.None"/>).</param>
/// <param name="Connection">How to reach the judge.</param>
/// <param name="Settings">How the judge is asked (temperature, reply limit, image detail and size; per-aspect is ignored).</param>
/// <param name="Scheduler">Concurrency, rate limits, timeouts and retries.</param>
/// <param name="BattlesFile">JSONL battles file; null for every pair of systems on every instance where both have outputs.</param>
/// <param name="Limit">Only the first N instances of the benchmark; null for all.</param>
/// <param name="AllowRemoteImages">Fetch http(s) images.</param>
/// <param name="AllowMissingImages">Judge even when some images are missing or undecodable (the judge sees a note instead).</param>
/// <param name="DryRun">Count requests and estimate tokens without calling the judge.</param>
/// <param name="SingleOrder">Judge each battle once, A shown first, instead of in both orders.</param>
/// <param name="MaxErrorRate">Largest acceptable share of finished battles in error (default 0.05).</param>
/// <param name="RetryErrors">Ask again where earlier replies gave no usable verdict (their stored replies are forgotten).</param>
public sealed record ArenaJudgeOptions(
    string Benchmark,
    string? BenchmarkFormat,
    IReadOnlyList<SystemSource> Systems,
    string RunFolder,
    JudgeSpec Judge,
    JudgeConnection Connection,
    JudgeSettings Settings,
    SchedulerOptions Scheduler,
    string? BattlesFile = null,
    int? Limit = null,
    bool AllowRemoteImages = false,
    bool AllowMissingImages = false,
    bool DryRun = false,
    bool SingleOrder = false,
    double MaxErrorRate = 0.05,
    bool RetryErrors = false);
