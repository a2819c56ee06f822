using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;
using Weft.Runs;
using Weft.Text;

namespace Weft.Scores;

/// <content>Selecting instances, reading outputs, checking images, opening the run, and the outcome.</content>
public sealed partial class OpeningScoreRunner
{
    private List<Instance> Select(Benchmark benchmark)
    {
        var list = RunScope.Select(benchmark, options.Benchmark, options.Tasks, options.Limit);
        observer.Info($"Benchmark: {Plural.Count(benchmark.Instances.Count, "instance")} ({benchmark.Format} format); {list.Count:N0} selected.");
        return list;
    }

    private Task<Dictionary<(string System, string InstanceId), SystemOutput>> ReadOutputsAsync(List<Instance> instances, CancellationToken cancellationToken)
    {
        var inScope = instances.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return RunScope.ReadOutputsAsync(
            options.Systems,
            inScope.Contains,
            (system, found, _) => observer.Info($"System {system.Name}: {Plural.Count(found, "output")} for the {Plural.Count(instances.Count, "selected instance")}, {instances.Count - found:N0} missing."),
            cancellationToken);
    }

    private async Task<ImageCheckResult> CheckImagesAsync(
        List<Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, CancellationToken cancellationToken)
    {
        var result = await RunScope.CheckImagesAsync(loader, options.RunFolder, RunScope.Images(instances, outputs.Values), cancellationToken);
        foreach (var line in result.Summarize(3))
        {
            observer.Warning(line);
        }

        if (result.Problems.Count > 0 && !options.AllowMissingImages && !options.DryRun)
        {
            throw new EvalSetupException(
                $"{Plural.Count(result.Problems.Count, "image")} cannot be used, so nothing was sent to the judge. Fix them, or pass --allow-missing-images to score with a note in place of each unusable image.");
        }

        return result;
    }

    private RunConfig OpenRun(OpeningScoreStore scores, IRunStore store)
    {
        var settings = options.Settings;
        var asked = new RunConfig(
            OpeningScoreProtocol.Name, options.Judge.ToString(), OpeningScorePrompt.Id, OpeningScorePrompt.Hash, settings.Temperature, settings.MaxOutputTokens,
            false, settings.ImageDetail, settings.MaxImageSide, string.Empty, options.Benchmark, [.. options.Systems.Select(s => s.Name)], time.GetUtcNow(), EvalRunner.WeftVersion);
        return scores.OpenRun(asked, "opening-score", options.RunFolder, observer, store.HoldsReplies());
    }

    private OpeningScoreOutcome Outcome(
        OpeningScoreStore scores, List<Job> jobs, int instances, int missing, int imageProblems, long sent, long cacheHits, long inputTokens, long outputTokens, DryRunEstimate? estimate)
    {
        var stored = scores.ReadAll();
        var rows = new List<OpeningScore>();
        int scored = 0, errors = 0, pending = 0, replyErrors = 0;
        foreach (var job in jobs)
        {
            // Only a judgment of exactly these contents counts; one made before an output or image changed is pending.
            if (!stored.TryGetValue((job.Instance.Id, job.Output.System), out var row) || row.RequestKey != job.Request.Key)
            {
                pending++;
                continue;
            }

            if (row.ErrorKind is null)
            {
                scored++;
            }
            else
            {
                errors++;
                replyErrors += ErrorKinds.IsReplyError(row.ErrorKind) ? 1 : 0;
            }

            rows.AddRange(row.Rows().Select(r => r with { System = job.Output.System }));
        }

        return new OpeningScoreOutcome(
            instances, jobs.Count, missing, imageProblems, scored, errors, pending, sent, cacheHits, inputTokens, outputTokens, rows, estimate, options.MaxErrorRate)
        {
            ReplyErrors = replyErrors,
        };
    }
}
