using Weft.Judges;
using Weft.Scheduling;

namespace Weft.Generation;

/// <summary>What to generate and how: a planner and an image model (a pipeline system), or an endpoint that answers with interleaved content.</summary>
/// <param name="Benchmark">Benchmark file.</param>
/// <param name="BenchmarkFormat">Benchmark format, or null to detect it.</param>
/// <param name="System">System name: the outputs file is <c>OutputFolder/System.jsonl</c>; letters, digits, '.', '_' and '-' only.</param>
/// <param name="OutputFolder">Run folder: outputs file, images, steps file and the store (<c>weft.db</c>); running again resumes.</param>
/// <param name="Planner">The planner (pipeline mode), or null in endpoint mode.</param>
/// <param name="PlannerConnection">Where the planner is (pipeline mode) or where the endpoint is (endpoint mode).</param>
/// <param name="Images">The image model (pipeline mode), or null in endpoint mode.</param>
/// <param name="Endpoint">The endpoint system as openai:MODEL reached at <paramref name="PlannerConnection"/>, or null in pipeline mode.</param>
/// <param name="Refine">Redraws allowed per picture after a failed check (0–10, default 0: no checks).</param>
/// <param name="Checker">The judge that checks pictures when <paramref name="Refine"/> is above 0; null for the planner.</param>
/// <param name="CheckerConnection">Where the checker is; null for the planner's connection.</param>
/// <param name="Scheduler">Concurrency, rate limits, retries and timeouts for every request.</param>
/// <param name="Tasks">Only instances of these tasks (empty for all).</param>
/// <param name="Limit">Only the first N instances (after <paramref name="Tasks"/>), or null.</param>
/// <param name="AllowRemoteImages">Fetch http(s) images (benchmark inputs, endpoint replies); off by default.</param>
/// <param name="DryRun">Count what would be sent; call nothing.</param>
/// <param name="MaxErrorRate">Share of failed instances above which the run counts as failed (0–1, default 0.05).</param>
public sealed record GenerationOptions(
    string Benchmark,
    string? BenchmarkFormat,
    string System,
    string OutputFolder,
    JudgeSpec? Planner,
    JudgeConnection PlannerConnection,
    ImageSettings? Images,
    JudgeSpec? Endpoint,
    int Refine,
    JudgeSpec? Checker,
    JudgeConnection? CheckerConnection,
    SchedulerOptions Scheduler,
    IReadOnlyList<string> Tasks,
    int? Limit,
    bool AllowRemoteImages = false,
    bool DryRun = false,
    double MaxErrorRate = 0.05)
{
    /// <summary>Whether the system is an endpoint rather than a planner plus an image model.</summary>
    public bool IsEndpoint => Endpoint is not null;
}
