using Microsoft.Extensions.AI;
using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;

namespace Weft.Runs;

/// <summary>
/// What every run reads before it asks a judge or a model anything: the selected instances, each system's outputs for
/// them, and the images they name. One rule for eval, opening-score, arena judging and generation.
/// </summary>
internal static class RunScope
{
    /// <summary>
    /// The instances of <paramref name="tasks"/> (case-insensitive; all when empty), only the first <paramref name="limit"/>
    /// when given. A task no instance has is a setup error naming the tasks there are.
    /// </summary>
    public static List<Instance> Select(Benchmark benchmark, string benchmarkPath, IReadOnlyList<string> tasks, int? limit) =>
        [.. Select([.. benchmark.Instances.Select(i => (i.Id, i.Task))], benchmarkPath, tasks, limit).Select(p => benchmark.Instances[p])];

    /// <summary>As <see cref="Select(Benchmark, string, IReadOnlyList{string}, int?)"/>, over instances' ids and tasks: the positions selected.</summary>
    public static List<int> Select(IReadOnlyList<(string Id, string Task)> entries, string benchmarkPath, IReadOnlyList<string> tasks, int? limit)
    {
        var selected = Enumerable.Range(0, entries.Count);
        if (tasks.Count > 0)
        {
            var unknown = tasks.Where(t => !entries.Any(e => string.Equals(e.Task, t, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
            {
                var known = entries.Select(e => e.Task).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(12);
                throw new EvalSetupException($"no instance has task {string.Join(", ", unknown.Select(t => $"'{t}'"))}; tasks in {benchmarkPath} include: {string.Join(", ", known)}");
            }

            selected = selected.Where(p => tasks.Contains(entries[p].Task, StringComparer.OrdinalIgnoreCase));
        }

        return (limit is { } first ? selected.Take(first) : selected).ToList();
    }

    /// <summary>
    /// Each system's outputs for the instances <paramref name="inScope"/> accepts, by (system, instance id).
    /// <paramref name="read"/> hears, per system, how many outputs were in scope and the instance ids of those that were not.
    /// </summary>
    public static async Task<Dictionary<(string System, string InstanceId), SystemOutput>> ReadOutputsAsync(
        IReadOnlyList<SystemSource> systems, Func<string, bool> inScope, Action<SystemSource, int, IReadOnlyList<string>> read, CancellationToken cancellationToken)
    {
        var outputs = new Dictionary<(string, string), SystemOutput>();
        foreach (var system in systems)
        {
            var unknown = new List<string>();
            var found = 0;
            foreach (var output in await BenchmarkFormats.ReadOutputsAsync(system.Name, system.Path, system.Format, cancellationToken))
            {
                if (!inScope(output.InstanceId))
                {
                    unknown.Add(output.InstanceId);
                    continue;
                }

                outputs[(system.Name, output.InstanceId)] = output;
                found++;
            }

            read(system, found, unknown);
        }

        return outputs;
    }

    /// <summary>Every image of the instances' inputs and of the outputs, with the owner an image problem names.</summary>
    public static IEnumerable<(string Owner, AIContent Image)> Images(IEnumerable<Instance> instances, IEnumerable<SystemOutput> outputs) =>
        instances
            .SelectMany(i => i.Input.Where(ContentImages.IsImage).Select(image => ($"instance {i.Id} input", image)))
            .Concat(outputs.SelectMany(o => o.Content.Where(ContentImages.IsImage).Select(image => ($"{o.System} output for {o.InstanceId}", image))));

    /// <summary>Every image of the instances' references, with the owner an image problem names.</summary>
    public static IEnumerable<(string Owner, AIContent Image)> ReferenceImages(IEnumerable<Instance> instances) =>
        instances.SelectMany(i => (i.Reference ?? []).Where(ContentImages.IsImage).Select(image => ($"instance {i.Id} reference", image)));

    /// <summary>Checks <paramref name="images"/> one per core, through the facts cache of <paramref name="runFolder"/> (files unchanged since are not decoded again).</summary>
    public static async Task<ImageCheckResult> CheckImagesAsync(
        ImageLoader loader, string runFolder, IEnumerable<(string Owner, AIContent Image)> images, CancellationToken cancellationToken)
    {
        using var checker = new ScopeImages(loader, runFolder);
        return await checker.CheckAsync([.. images], pin: false, cancellationToken);
    }
}
