using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;

namespace Weft.Runs;

/// <summary>
/// Looks images up in the facts an image check gathered. Facts given at creation are kept for the whole run; eval adds
/// each chunk's facts while any of its items is still being judged and lets them go when the last one is, so judging a
/// benchmark of any size holds the facts of a few chunks only.
/// </summary>
/// <param name="pinned">Facts kept for the whole run (every image, or for eval the images that are not local files).</param>
internal sealed class FactsIndex(IReadOnlyDictionary<string, ImageFacts> pinned) : IImageIndex
{
    private readonly ConcurrentDictionary<string, ImageFacts> facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> holders = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Facts currently held (pinned ones aside).</summary>
    public int Count => facts.Count;

    public string? Sha256(AIContent image) => Find(image)?.Sha256;

    public (int Width, int Height)? Size(AIContent image) => Find(image) is { } f ? (f.Width, f.Height) : null;

    /// <summary>Holds <paramref name="chunk"/> until <see cref="Lease.Done"/> has been called <paramref name="items"/> times.</summary>
    public Lease Hold(IReadOnlyDictionary<string, ImageFacts> chunk, int items)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 1);
        var keys = new List<string>(chunk.Count);
        lock (gate)
        {
            foreach (var (key, value) in chunk)
            {
                if (pinned.ContainsKey(key))
                {
                    continue;
                }

                facts[key] = value;
                holders[key] = holders.GetValueOrDefault(key) + 1;
                keys.Add(key);
            }
        }

        return new Lease(this, keys, items);
    }

    private void Release(List<string> keys)
    {
        lock (gate)
        {
            foreach (var key in keys)
            {
                if (--holders[key] == 0)
                {
                    holders.Remove(key);
                    facts.TryRemove(key, out _);
                }
            }
        }
    }

    private ImageFacts? Find(AIContent image)
    {
        var key = ContentImages.Key(image);
        return facts.TryGetValue(key, out var f) || pinned.TryGetValue(key, out f) ? f : null;
    }

    /// <summary>One chunk's hold on its facts.</summary>
    public sealed class Lease(FactsIndex owner, List<string> keys, int items)
    {
        private int left = items;

        /// <summary>One item of the chunk is finished (judged or failed); the last lets the chunk's facts go.</summary>
        public void Done()
        {
            if (Interlocked.Decrement(ref left) == 0)
            {
                owner.Release(keys);
            }
        }
    }
}
