using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Images;

/// <summary>
/// Checks that images can be used before any judge is paid: loads and fully decodes each distinct image once, or, for the
/// check before a run's judging, reads each local file and its header only (the full decode then runs beside judging).
/// </summary>
/// <param name="loader">The loader used for every image (its options decide whether remote images are fetched).</param>
public sealed class ImageValidator(ImageLoader loader)
{
    /// <summary>Facts remembered from an earlier check of unchanged local files; null to check every image afresh.</summary>
    internal IImageFactsCache? Cache { get; init; }

    /// <summary>Loads and analyses every distinct image in parallel, keeping facts for the good ones and every problem for the others.</summary>
    /// <param name="images">Image blocks with what refers to them; the same image may appear many times and is read once.</param>
    /// <param name="parallelism">Images checked at once, at least 1.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <remarks>Only the facts are kept, never the bytes, so memory grows with the number of images by a few hundred bytes each.</remarks>
    public Task<ImageCheckResult> CheckAsync(
        IEnumerable<(string Owner, AIContent Image)> images, int parallelism, CancellationToken cancellationToken) =>
        CheckAsync(images, parallelism, decode: true, cancellationToken);

    /// <summary>
    /// As the public overload; with <paramref name="decode"/> false a local file not found in <see cref="Cache"/> is read,
    /// hashed and its header parsed (format, size), but not decoded, and its facts are <see cref="ImageFacts.HeaderOnly"/>
    /// and not cached. Inline and remote images are always decoded: they are few, and their facts are kept for the run.
    /// </summary>
    internal async Task<ImageCheckResult> CheckAsync(
        IEnumerable<(string Owner, AIContent Image)> images, int parallelism, bool decode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);

        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var order = new List<Group>();
        foreach (var (owner, image) in images)
        {
            var key = ContentImages.Key(image);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group(key, image);
                groups.Add(key, group);
                order.Add(group);
            }

            if (!group.Owners.Contains(owner))
            {
                group.Owners.Add(owner);
            }
        }

        var facts = new ConcurrentDictionary<string, ImageFacts>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(order, options, async (group, token) =>
        {
            try
            {
                var file = Cache is null ? null : ContentImages.LocalPath(group.Image) is { } path ? new FileInfo(path) : null;
                if (file is { Exists: true } && Cache!.TryGet(file.FullName, file.Length, file.LastWriteTimeUtc, out var known))
                {
                    facts[group.Key] = known;
                    return;
                }

                var loaded = await loader.LoadAsync(group.Image, token);
                if (!decode && ContentImages.LocalPath(group.Image) is not null)
                {
                    facts[group.Key] = ImageAnalyzer.Header(loaded);
                    return;
                }

                var measured = ImageAnalyzer.Analyze(loaded);
                facts[group.Key] = measured;
                if (file is { Exists: true })
                {
                    // Length and time as seen before reading: a file changed while being read is simply checked again next time.
                    Cache!.Add(file.FullName, file.Length, file.LastWriteTimeUtc, measured);
                }
            }
            catch (ImageLoadException e)
            {
                group.Failure = e;
            }
        });

        var problems = order
            .Where(g => g.Failure is not null)
            .SelectMany(g => g.Owners.Select(owner => new ImageProblem(owner, g.Failure!.Image, g.Failure.Detail, g.Failure.Problem)))
            .ToList();
        return new ImageCheckResult(new Dictionary<string, ImageFacts>(facts, StringComparer.Ordinal), problems);
    }

    private sealed class Group(string key, AIContent image)
    {
        public string Key { get; } = key;

        public AIContent Image { get; } = image;

        public List<string> Owners { get; } = [];

        public ImageLoadException? Failure { get; set; }
    }
}
