using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Metrics;
using Weft.Metrics.Reference;
using Weft.Protocols;
using Weft.Protocols.Rubrics;
using Weft.Text;

namespace Weft.Runs;

/// <content>Opening the run and the setup pass: checking images, saving the scope and offline metrics, noting what is left to judge.</content>
public sealed partial class EvalRunner
{
    private RunConfig OpenRun(IRunStore store)
    {
        var asked = new RunConfig(
            options.Protocol?.Id ?? InterleavedEvalProtocol.Name,
            options.Judge.ToString(),
            options.Judge.IsNone ? null : options.Protocol?.PromptId ?? InterleavedEvalPrompt.Id,
            options.Judge.IsNone ? null : options.Protocol?.PromptHash ?? InterleavedEvalPrompt.Hash,
            options.Settings.Temperature,
            options.Settings.MaxOutputTokens,
            options.Settings.PerAspect,
            options.Settings.ImageDetail,
            options.Settings.MaxImageSide,
            string.Join("; ", options.TaskRules.Select(r => $"{r.Pattern}: {string.Join(", ", r.NotApplicable.Select(Aspects.Key))}")),
            options.Benchmark,
            [.. options.Systems.Select(s => s.Name)],
            time.GetUtcNow(),
            WeftVersion)
        {
            ProtocolDefinition = (options.Protocol as RubricProtocol)?.Definition.Canonical,
        };

        var sources = new RunSources(
            Path.GetFullPath(options.Benchmark),
            options.BenchmarkFormat,
            [.. options.Systems.Select(s => s with { Path = Path.GetFullPath(s.Path) })]);
        var (config, isNew) = RunOpening.Open(store.ReadConfig(), asked, store.HoldsReplies(), options.RunFolder, null, observer, store.WriteConfig);
        store.WriteSources(isNew ? sources : store.ReadSources()?.Merge(sources) ?? sources);
        return config;
    }

    // One pass over the scope, a chunk of instances at a time: check their images, save them, their outputs and the
    // outputs' offline metrics, and note which outputs are left to judge. Nothing of a chunk is kept once the next is read.
    // When judging follows, a local image is only read, hashed and its header parsed here (that is enough for the content
    // hash and the request keys, and it finds missing files, files outside the root and files that are not images); the
    // full decode of a pending output's images runs beside judging (see Work), and so do that output's offline metrics.
    private async Task<Setup> SetUpAsync(IRunStore store, EvalScope scope, ScopeImages images, CancellationToken cancellationToken)
    {
        using var inputs = ReferenceMetricStore.Open(Path.Combine(options.RunFolder, SqliteRunStore.FileName));
        var wanted = options.ReferenceMetrics ?? [];
        var reference = new ReferencePass(store, inputs, loader, wanted);
        var setup = new Setup();

        // Reference images are read only by the image metrics; then they are checked and their problems counted with the
        // outputs' (a missing golden image is a problem to see, not a silently skipped pair).
        var comparesImages = wanted.Contains(ReferenceMetric.Ssim) || wanted.Contains(ReferenceMetric.Phash);

        // Reference metrics are measured here, with the offline metrics they are saved with, so they keep the full check.
        var decodeLater = !options.Judge.IsNone && !options.DryRun && wanted.Count == 0;
        foreach (var ordinals in scope.Chunks())
        {
            var chunk = scope.Load(ordinals, (_, _) => true);
            var keys = (from system in scope.Systems from instance in chunk.Instances select (system.Name, instance.Id)).ToList();
            var before = store.ReadOutputs(keys).Where(o => o.ContentHash is not null).ToDictionary(o => (o.System, o.InstanceId), o => o.ContentHash);
            var finished = store.ReadItems(keys);
            List<(string Owner, AIContent Image)> all = [.. RunScope.Images(chunk.Instances, chunk.Outputs.Values), .. comparesImages ? RunScope.ReferenceImages(chunk.Instances) : []];
            var check = await images.CheckAsync(all, pin: true, decode: !decodeLater, cancellationToken);
            var facts = new Dictionary<string, ImageFacts>(check.Facts, StringComparer.Ordinal);
            var problems = check.Problems.ToList();
            var changed = SaveScope(store, scope, chunk, facts, before);
            setup.Changed += changed.Count;
            var pending = Pending(store, scope, chunk, finished, changed, setup);

            // An output that is not judged again is never decoded beside judging, so its images are decoded now for its metrics.
            var done = chunk.Outputs.Where(o => !pending.Contains(o.Key) && !Decoded(o.Value, facts)).Select(o => o.Value).ToList();
            if (done.Count > 0)
            {
                var full = await images.CheckAsync([.. RunScope.Images([], done)], pin: false, decode: true, cancellationToken);
                foreach (var (key, value) in full.Facts)
                {
                    facts[key] = value;
                }

                problems.AddRange(full.Problems);
            }

            setup.Problems.AddRange(problems);
            setup.Images += facts.Count;
            setup.Unusable.UnionWith(all.Select(i => ContentImages.Key(i.Image)).Where(k => !facts.ContainsKey(k)));
            var later = chunk.Outputs.Where(o => !Decoded(o.Value, facts)).Select(o => o.Key).ToHashSet();
            await SaveMetricsAsync(store, inputs, reference, chunk, facts, later, cancellationToken);
            foreach (var (ordinal, system) in pending.Order)
            {
                setup.Pending.Add(new PendingOutput(ordinal, system, later.Contains((scope.Systems[system].Name, scope.InstanceId(ordinal)))));
            }
        }

        ReportImages(store, setup);
        if (setup.Changed > 0)
        {
            observer.Warning($"{Plural.Count(setup.Changed, "output")} (or {(setup.Changed == 1 ? "its instance or images" : "their instances or images")}) changed since this run last saw {(setup.Changed == 1 ? "it; it" : "them; they")} will be judged again.");
        }

        if (wanted.Count > 0)
        {
            Report(wanted, reference.Tally);
        }

        return setup;
    }

    // Whether every image of the output that has facts was decoded (an image without facts is a known problem).
    private static bool Decoded(SystemOutput output, IReadOnlyDictionary<string, ImageFacts> facts) =>
        output.Content.Where(ContentImages.IsImage).All(i => facts.GetValueOrDefault(ContentImages.Key(i))?.HeaderOnly != true);

    // Saves a chunk of the scope and returns its outputs whose content (or instance, or image bytes) changed since an
    // earlier run judged them: their old verdicts no longer describe them.
    private static HashSet<(string System, string InstanceId)> SaveScope(
        IRunStore store, EvalScope scope, ScopeChunk chunk, IReadOnlyDictionary<string, ImageFacts> facts, Dictionary<(string System, string InstanceId), string?> before)
    {
        var rows = (
            from system in scope.Systems
            from instance in chunk.Instances
            let output = chunk.Outputs.GetValueOrDefault((system.Name, instance.Id))
            select new OutputRow(system.Name, instance.Id, output is not null, output is null ? null : ContentHash.Of(instance, output, image => facts.GetValueOrDefault(image)?.Sha256))).ToList();
        store.SaveInstances(chunk.Instances.Select((instance, i) => new InstanceRow(instance.Id, instance.Task, chunk.Ordinals[i])));
        store.SaveOutputs(rows);
        return rows
            .Where(r => r.ContentHash is not null && before.TryGetValue((r.System, r.InstanceId), out var old) && old != r.ContentHash)
            .Select(r => (r.System, r.InstanceId))
            .ToHashSet();
    }

    private void ReportImages(IRunStore store, Setup setup)
    {
        SaveProblems(store, setup.Problems);
        if (setup.Problems.Count > 0)
        {
            foreach (var line in ImageCheckResult.Summarize(setup.Problems, 3))
            {
                observer.Warning(line);
            }

            observer.Warning($"The full list of unusable images is in {ProblemListPath()}.");
        }
        else
        {
            observer.Info($"Images: all {setup.Images:N0} readable.");
        }
    }

    // The image-problem list in the store and in image-problems.txt, written whole (problems found beside judging are added to it).
    private void SaveProblems(IRunStore store, IReadOnlyList<ImageProblem> problems)
    {
        store.ReplaceImageProblems(problems);
        if (problems.Count > 0)
        {
            Directory.CreateDirectory(options.RunFolder);
            File.WriteAllLines(ProblemListPath(), problems.Select(p => $"{p.Owner}\t{p.Image}\t{p.Kind}\t{p.Problem}"));
        }
    }

    // Saves the chunk's offline metrics, but not yet those of the outputs in later (their images are decoded beside judging).
    private static async Task SaveMetricsAsync(
        IRunStore store,
        ReferenceMetricStore inputs,
        ReferencePass reference,
        ScopeChunk chunk,
        IReadOnlyDictionary<string, ImageFacts> facts,
        HashSet<(string System, string InstanceId)> later,
        CancellationToken cancellationToken)
    {
        var (values, computedFrom) = await reference.MeasureAsync(chunk, facts, cancellationToken);
        var byId = chunk.Instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        store.SaveMetrics(chunk.Outputs.Where(pair => !later.Contains(pair.Key)).Select(pair =>
        {
            var ((system, instanceId), output) = pair;
            var metrics = OfflineMetrics.Compute(byId[instanceId], output, facts).Concat(values.GetValueOrDefault((system, instanceId), []));
            return (system, instanceId, (IReadOnlyList<(string, double)>)[.. metrics.Select(v => (v.Name, v.Value))]);
        }));

        inputs.Save(computedFrom);
    }

    // The chunk's outputs that are left to judge: in instance order, and as a set.
    private PendingSet Pending(
        IRunStore store,
        EvalScope scope,
        ScopeChunk chunk,
        IReadOnlyDictionary<(string System, string InstanceId), ItemRecord> finished,
        HashSet<(string System, string InstanceId)> changed,
        Setup setup)
    {
        var pending = new PendingSet();
        for (var i = 0; i < chunk.Instances.Count; i++)
        {
            var instance = chunk.Instances[i];
            for (var s = 0; s < scope.Systems.Count; s++)
            {
                var key = (scope.Systems[s].Name, instance.Id);
                if (!chunk.Outputs.ContainsKey(key))
                {
                    continue;
                }

                if (finished.TryGetValue(key, out var item) && IsFinal(item) && !changed.Contains(key))
                {
                    setup.AlreadyDone++;
                    continue;
                }

                if (ErrorKinds.IsReplyError(item?.ErrorKind) && options.RetryErrors && !options.DryRun)
                {
                    setup.Retried.AddRange(store.ReadRequestKeys(key.Item1, key.Item2));
                }

                pending.Order.Add((chunk.Ordinals[i], s));
                pending.Keys.Add(key);
            }
        }

        return pending;
    }

    // Judged items are final; items whose replies had no valid score are final too (their replies are cached, so
    // asking again returns the same) unless --retry-errors; transport failures are always tried again.
    private bool IsFinal(ItemRecord item) =>
        item.Status == ItemRecord.Judged || (ErrorKinds.IsReplyError(item.ErrorKind) && !options.RetryErrors);

    // What the setup pass found: image problems, and the outputs left to judge.
    private sealed class Setup
    {
        public List<ImageProblem> Problems { get; } = [];

        // Keys of the images with a problem found here (judged with a note under --allow-missing-images).
        public HashSet<string> Unusable { get; } = new(StringComparer.Ordinal);

        public List<PendingOutput> Pending { get; } = [];

        public List<string> Retried { get; } = [];

        public int Images { get; set; }

        public int Changed { get; set; }

        public int AlreadyDone { get; set; }
    }

    // One chunk's outputs left to judge, as (instance ordinal, system number) in order and as keys.
    private sealed class PendingSet
    {
        public List<(int Ordinal, int System)> Order { get; } = [];

        public HashSet<(string System, string InstanceId)> Keys { get; } = [];

        public bool Contains((string System, string InstanceId) key) => Keys.Contains(key);
    }

    // An output left to judge: its instance's place in the run, its system's number, and whether its offline metrics wait
    // for its images' decode beside judging.
    private readonly record struct PendingOutput(int Ordinal, int System, bool MetricsLater);
}
