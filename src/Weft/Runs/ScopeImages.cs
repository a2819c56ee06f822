using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;

namespace Weft.Runs;

/// <summary>
/// The images of a run, checked (a chunk at a time for eval) through the run's facts cache: the first pass decodes each file once
/// and records its facts; a later pass over the same chunk finds them again by path without decoding. Images that are not
/// local files (inline data, remote URLs) cannot be found by path, so their facts are kept for the whole run (they are
/// few, and a remote image is fetched once).
/// </summary>
internal sealed class ScopeImages : IDisposable
{
    private readonly ImageFactsStore cache;
    private readonly ImageValidator validator;
    private readonly Dictionary<string, ImageFacts> pinned = new(StringComparer.Ordinal);

    public ScopeImages(ImageLoader loader, string runFolder)
    {
        cache = ImageFactsStore.Open(runFolder);
        validator = new ImageValidator(loader) { Cache = cache };
    }

    /// <summary>Facts of images that are not local files, found so far.</summary>
    public IReadOnlyDictionary<string, ImageFacts> Pinned => pinned;

    /// <summary>
    /// Checks <paramref name="images"/> (one per core): the facts of the usable ones, by image key, and every problem.
    /// <paramref name="pin"/> keeps the facts of images that are not local files for the rest of the run (the first pass
    /// pins; a later pass, running beside judging, only reads what was pinned).
    /// </summary>
    public Task<ImageCheckResult> CheckAsync(IReadOnlyList<(string Owner, AIContent Image)> images, bool pin, CancellationToken cancellationToken) =>
        CheckAsync(images, pin, decode: true, cancellationToken);

    /// <summary>
    /// As the other overload; <paramref name="decode"/> false checks local files not in the cache by their bytes and header
    /// only (<see cref="ImageFacts.HeaderOnly"/>: nothing is decoded, so nothing is cached).
    /// </summary>
    public async Task<ImageCheckResult> CheckAsync(IReadOnlyList<(string Owner, AIContent Image)> images, bool pin, bool decode, CancellationToken cancellationToken)
    {
        var keys = images.Select(i => ContentImages.Key(i.Image)).ToList();
        // A header check is mostly waiting for file reads, so it keeps more of them going than there are cores.
        var parallelism = decode ? Environment.ProcessorCount : 4 * Environment.ProcessorCount;
        var result = await validator.CheckAsync(images.Where((_, i) => !pinned.ContainsKey(keys[i])), parallelism, decode, cancellationToken);
        cache.Flush();

        var facts = new Dictionary<string, ImageFacts>(result.Facts, StringComparer.Ordinal);
        for (var i = 0; i < images.Count; i++)
        {
            if (ContentImages.LocalPath(images[i].Image) is not null)
            {
                continue;
            }

            if (pinned.TryGetValue(keys[i], out var known))
            {
                facts[keys[i]] = known;
            }
            else if (pin && facts.TryGetValue(keys[i], out var found))
            {
                pinned[keys[i]] = found;
            }
        }

        return new ImageCheckResult(facts, result.Problems);
    }

    public void Dispose() => cache.Dispose();
}
