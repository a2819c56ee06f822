using Weft.Benchmarks;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Scores;

/// <summary>
/// Runs <c>weft eval --protocol opening-score</c>: the one eval run (same reading, image checks, cache, scheduler,
/// judge loop and store as every protocol) with the opening-score protocol, then reads the stored verdicts back as
/// OpenING score rows. Running again with the same run folder resumes.
/// </summary>
public sealed class OpeningScoreRunner
{
    private readonly OpeningScoreOptions options;
    private readonly EvalRunner runner;

    /// <summary>Creates a runner; <paramref name="environment"/> reads API keys (default: the process environment), <paramref name="time"/> defaults to the system clock.</summary>
    public OpeningScoreRunner(OpeningScoreOptions options, IRunObserver observer, Func<string, string?>? environment = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observer);
        this.options = options;
        var eval = new EvalOptions(
            options.Benchmark, options.BenchmarkFormat, options.Systems, options.RunFolder, options.Judge, options.Connection, options.Settings with { PerAspect = false },
            options.Scheduler, [], options.Tasks, options.Limit, options.AllowRemoteImages, options.AllowMissingImages, options.DryRun, options.RetryErrors, options.MaxErrorRate)
        {
            Protocol = new OpeningScoreProtocol(options.Settings with { PerAspect = false }),
        };
        runner = new EvalRunner(eval, observer, environment, time, handler);
    }

    /// <summary>Runs the scoring. Throws <see cref="DataFormatException"/> or <see cref="EvalSetupException"/> for user errors.</summary>
    public async Task<OpeningScoreOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var rows = new List<OpeningScore>();
        var outcome = await runner.RunAsync((store, keys) => rows.AddRange(Rows(store, keys)), cancellationToken);
        return new OpeningScoreOutcome(
            outcome.Instances, outcome.Outputs, outcome.MissingOutputs, outcome.ImageProblems, outcome.Judged, outcome.Errors, outcome.Pending,
            outcome.Sent, outcome.CacheHits, outcome.InputTokens, outcome.OutputTokens, rows, outcome.Estimate, options.MaxErrorRate)
        {
            ReplyErrors = outcome.ReplyErrors,
        };
    }

    // The seven rows of every finished output, in scope order: a score with its justification, or the problem that left
    // the criterion without one. Outputs not finished (interrupted, dry run) have no rows.
    private static IEnumerable<OpeningScore> Rows(IRunStore store, IEnumerable<(string System, string InstanceId)> keys)
    {
        foreach (var batch in keys.Chunk(1000))
        {
            var items = store.ReadItems(batch);
            var verdicts = store.ReadVerdicts(batch);
            foreach (var key in batch.Where(items.ContainsKey))
            {
                var given = verdicts.GetValueOrDefault(key) ?? [];
                foreach (var criterion in OpeningCriteria.All)
                {
                    var verdict = given.FirstOrDefault(v => v.Aspect == criterion);
                    yield return verdict is { Status: VerdictStatus.Scored, Score: { } score }
                        ? new OpeningScore(key.InstanceId, key.System, criterion, score, verdict.Explanation, null)
                        : new OpeningScore(key.InstanceId, key.System, criterion, null, null, verdict?.Explanation ?? items[key].Error ?? "missing");
                }
            }
        }
    }
}
