using Weft.Content;
using Weft.Images;
using Weft.Metrics;
using Weft.Metrics.Reference;
using Weft.Protocols;

namespace Weft.Runs;

/// <content>Reading outputs, opening the store, checking images and computing offline metrics.</content>
public sealed partial class EvalRunner
{
    private Task<Dictionary<(string System, string InstanceId), SystemOutput>> ReadOutputsAsync(List<Instance> instances, CancellationToken cancellationToken)
    {
        var inScope = instances.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return RunScope.ReadOutputsAsync(options.Systems, inScope.Contains, (system, found, unknown) =>
        {
            observer.Info($"System {system.Name}: {found:N0} outputs for the {instances.Count:N0} selected instances, {instances.Count - found:N0} missing.");
            if (unknown.Count > 0 && options.Tasks.Count == 0 && options.Limit is null)
            {
                observer.Warning($"System {system.Name}: {unknown.Count:N0} outputs name instances that are not in the benchmark (e.g. {string.Join(", ", unknown.Take(3))}); they are ignored.");
            }
        }, cancellationToken);
    }

    private RunConfig OpenRun(IRunStore store)
    {
        var asked = new RunConfig(
            InterleavedEvalProtocol.Name,
            options.Judge.ToString(),
            options.Judge.IsNone ? null : InterleavedEvalPrompt.Id,
            options.Judge.IsNone ? null : InterleavedEvalPrompt.Hash,
            options.Settings.Temperature,
            options.Settings.MaxOutputTokens,
            options.Settings.PerAspect,
            options.Settings.ImageDetail,
            options.Settings.MaxImageSide,
            string.Join("; ", options.TaskRules.Select(r => $"{r.Pattern}: {string.Join(", ", r.NotApplicable.Select(Aspects.Key))}")),
            options.Benchmark,
            [.. options.Systems.Select(s => s.Name)],
            time.GetUtcNow(),
            WeftVersion);

        var sources = new RunSources(
            Path.GetFullPath(options.Benchmark),
            options.BenchmarkFormat,
            [.. options.Systems.Select(s => s with { Path = Path.GetFullPath(s.Path) })]);
        var existing = store.ReadConfig();
        if (existing is null)
        {
            store.WriteConfig(asked);
            store.WriteSources(sources);
            observer.Info($"New run in {options.RunFolder}.");
            return asked;
        }

        var conflicts = existing.Conflicts(asked);
        if (conflicts.Count > 0)
        {
            throw new EvalSetupException(
                $"{options.RunFolder} holds a run made with other settings, so it cannot be resumed with these ({string.Join("; ", conflicts)}). Use another --run folder.");
        }

        var systems = existing.Systems.Concat(asked.Systems.Where(s => !existing.Systems.Contains(s))).ToList();
        var merged = existing with { Systems = systems };
        store.WriteConfig(merged);
        store.WriteSources(store.ReadSources()?.Merge(sources) ?? sources);
        observer.Info($"Resuming the run in {options.RunFolder} (started {existing.Created:yyyy-MM-dd HH:mm} UTC).");
        return merged;
    }

    // Saves what is in scope and returns the outputs whose content (or instance, or image bytes) changed since an
    // earlier run judged them: their old verdicts no longer describe them.
    private HashSet<(string System, string InstanceId)> SaveScope(
        IRunStore store, List<Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, IReadOnlyDictionary<string, ImageFacts> facts)
    {
        var before = store.ReadOutputs().Where(o => o.ContentHash is not null).ToDictionary(o => (o.System, o.InstanceId), o => o.ContentHash);
        var rows = (
            from system in options.Systems
            from instance in instances
            let output = outputs.GetValueOrDefault((system.Name, instance.Id))
            select new OutputRow(system.Name, instance.Id, output is not null, output is null ? null : ContentHash.Of(instance, output, image => facts.GetValueOrDefault(image)?.Sha256))).ToList();
        store.SaveInstances(instances.Select((instance, ordinal) => new InstanceRow(instance.Id, instance.Task, ordinal)));
        store.SaveOutputs(rows);
        var changed = rows
            .Where(r => r.ContentHash is not null && before.TryGetValue((r.System, r.InstanceId), out var old) && old != r.ContentHash)
            .Select(r => (r.System, r.InstanceId))
            .ToHashSet();
        if (changed.Count > 0)
        {
            observer.Warning($"{changed.Count:N0} outputs (or their instances or images) changed since this run last saw them; they will be judged again.");
        }

        return changed;
    }

    private async Task<ImageCheckResult> CheckImagesAsync(
        IRunStore store, List<Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, CancellationToken cancellationToken)
    {
        var result = await RunScope.CheckImagesAsync(loader, options.RunFolder, RunScope.Images(instances, outputs.Values), cancellationToken);
        store.ReplaceImageProblems(result.Problems);
        if (result.Problems.Count > 0)
        {
            Directory.CreateDirectory(options.RunFolder);
            await File.WriteAllLinesAsync(ProblemListPath(), result.Problems.Select(p => $"{p.Owner}\t{p.Image}\t{p.Kind}\t{p.Problem}"), cancellationToken);
            foreach (var line in result.Summarize(3))
            {
                observer.Warning(line);
            }

            observer.Warning($"The full list of unusable images is in {ProblemListPath()}.");
        }
        else
        {
            observer.Info($"Images: all {result.Facts.Count:N0} readable.");
        }

        return result;
    }

    private async Task SaveMetricsAsync(
        IRunStore store, List<Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, IReadOnlyDictionary<string, ImageFacts> facts,
        CancellationToken cancellationToken)
    {
        using var inputs = ReferenceMetricStore.Open(Path.Combine(options.RunFolder, SqliteRunStore.FileName));
        var (reference, computedFrom) = await ReferenceValuesAsync(store, inputs, instances, outputs, facts, cancellationToken);
        var byId = instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        store.SaveMetrics(outputs.Select(pair =>
        {
            var ((system, instanceId), output) = pair;
            var values = OfflineMetrics.Compute(byId[instanceId], output, facts).Concat(reference.GetValueOrDefault((system, instanceId), []));
            return (system, instanceId, (IReadOnlyList<(string, double)>)[.. values.Select(v => (v.Name, v.Value))]);
        }));

        inputs.Save(computedFrom);
    }

    private List<(Instance Instance, SystemOutput Output)> Pending(
        IRunStore store,
        List<Instance> instances,
        Dictionary<(string System, string InstanceId), SystemOutput> outputs,
        HashSet<(string System, string InstanceId)> changed,
        out int alreadyDone)
    {
        var finished = store.ReadItems();
        var pending = new List<(Instance, SystemOutput)>();
        var retried = new List<string>();
        alreadyDone = 0;
        foreach (var instance in instances)
        {
            foreach (var system in options.Systems)
            {
                if (!outputs.TryGetValue((system.Name, instance.Id), out var output))
                {
                    continue;
                }

                if (finished.TryGetValue((system.Name, instance.Id), out var item) && IsFinal(item) && !changed.Contains((system.Name, instance.Id)))
                {
                    alreadyDone++;
                    continue;
                }

                if (item is { ErrorKind: ItemRecord.ReplyError } && options.RetryErrors && !options.DryRun)
                {
                    retried.AddRange(store.ReadRequestKeys(system.Name, instance.Id));
                }

                pending.Add((instance, output));
            }
        }

        if (retried.Count > 0)
        {
            store.DeleteReplies(retried);
        }

        return pending;
    }

    // Judged items are final; items whose replies had no valid score are final too (their replies are cached, so
    // asking again returns the same) unless --retry-errors; transport failures are always tried again.
    private bool IsFinal(ItemRecord item) =>
        item.Status == ItemRecord.Judged || (item.ErrorKind == ItemRecord.ReplyError && !options.RetryErrors);
}
