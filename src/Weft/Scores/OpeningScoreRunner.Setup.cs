using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Scores;

/// <content>Selecting instances, reading outputs, checking images, opening the run, and the outcome.</content>
public sealed partial class OpeningScoreRunner
{
    private List<Instance> Select(Benchmark benchmark)
    {
        IEnumerable<Instance> selected = benchmark.Instances;
        if (options.Tasks.Count > 0)
        {
            var unknown = options.Tasks.Where(t => !benchmark.Instances.Any(i => string.Equals(i.Task, t, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
            {
                var known = benchmark.Instances.Select(i => i.Task).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(12);
                throw new EvalSetupException($"no instance has task {string.Join(", ", unknown.Select(t => $"'{t}'"))}; tasks in {options.Benchmark} include: {string.Join(", ", known)}");
            }

            selected = selected.Where(i => options.Tasks.Contains(i.Task, StringComparer.OrdinalIgnoreCase));
        }

        if (options.Limit is { } limit)
        {
            selected = selected.Take(limit);
        }

        var list = selected.ToList();
        observer.Info($"Benchmark: {benchmark.Instances.Count:N0} instances ({benchmark.Format} format); {list.Count:N0} selected.");
        return list;
    }

    private async Task<Dictionary<(string System, string InstanceId), SystemOutput>> ReadOutputsAsync(List<Instance> instances, CancellationToken cancellationToken)
    {
        var inScope = instances.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var outputs = new Dictionary<(string, string), SystemOutput>();
        foreach (var system in options.Systems)
        {
            var read = await BenchmarkFormats.ReadOutputsAsync(system.Name, system.Path, system.Format, cancellationToken);
            var found = 0;
            foreach (var output in read.Where(o => inScope.Contains(o.InstanceId)))
            {
                outputs[(system.Name, output.InstanceId)] = output;
                found++;
            }

            observer.Info($"System {system.Name}: {found:N0} outputs for the {instances.Count:N0} selected instances, {instances.Count - found:N0} missing.");
        }

        return outputs;
    }

    private async Task<ImageCheckResult> CheckImagesAsync(
        List<Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, CancellationToken cancellationToken)
    {
        var images = instances
            .SelectMany(i => i.Input.Where(ContentImages.IsImage).Select(image => ($"instance {i.Id} input", image)))
            .Concat(outputs.Values.SelectMany(o => o.Content.Where(ContentImages.IsImage).Select(image => ($"{o.System} output for {o.InstanceId}", image))));
        using var cache = ImageFactsStore.Open(options.RunFolder);
        var result = await new ImageValidator(loader) { Cache = cache }.CheckAsync(images, Environment.ProcessorCount, cancellationToken);
        cache.Flush();
        foreach (var line in result.Summarize(3))
        {
            observer.Warning(line);
        }

        if (result.Problems.Count > 0 && !options.AllowMissingImages && !options.DryRun)
        {
            throw new EvalSetupException(
                $"{result.Problems.Count:N0} image(s) cannot be used, so nothing was sent to the judge. Fix them, or pass --allow-missing-images to score with a note in place of each unusable image.");
        }

        return result;
    }

    private RunConfig OpenRun(OpeningScoreStore scores)
    {
        var settings = options.Settings;
        var asked = new RunConfig(
            OpeningScoreProtocol.Name, options.Judge.ToString(), OpeningScorePrompt.Id, OpeningScorePrompt.Hash, settings.Temperature, settings.MaxOutputTokens,
            false, settings.ImageDetail, settings.MaxImageSide, string.Empty, options.Benchmark, [.. options.Systems.Select(s => s.Name)], time.GetUtcNow(), EvalRunner.WeftVersion);
        var existing = scores.ReadConfig();
        if (existing is null)
        {
            scores.WriteConfig(asked);
            observer.Info($"New opening-score run in {options.RunFolder}.");
            return asked;
        }

        var conflicts = existing.Conflicts(asked);
        if (conflicts.Count > 0)
        {
            throw new EvalSetupException(
                $"{options.RunFolder} holds opening-score judgments made with other settings, so it cannot be resumed with these ({string.Join("; ", conflicts)}). Use another --run folder.");
        }

        var merged = existing with { Systems = [.. existing.Systems.Concat(asked.Systems.Where(s => !existing.Systems.Contains(s, StringComparer.OrdinalIgnoreCase)))] };
        scores.WriteConfig(merged);
        observer.Info($"Resuming the opening-score run in {options.RunFolder} (started {existing.Created:yyyy-MM-dd HH:mm} UTC).");
        return merged;
    }

    private OpeningScoreOutcome Outcome(
        OpeningScoreStore scores, List<Job> jobs, int instances, int missing, int imageProblems, long sent, long cacheHits, long inputTokens, long outputTokens, DryRunEstimate? estimate)
    {
        var stored = scores.ReadAll();
        var rows = new List<OpeningScore>();
        int scored = 0, errors = 0, pending = 0;
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
            }

            rows.AddRange(row.Rows().Select(r => r with { System = job.Output.System }));
        }

        return new OpeningScoreOutcome(
            instances, jobs.Count, missing, imageProblems, scored, errors, pending, sent, cacheHits, inputTokens, outputTokens, rows, estimate, options.MaxErrorRate);
    }
}
