using Microsoft.Extensions.AI;

namespace Weft.Judges;

/// <summary>
/// The most recently prepared images, by the hash of their source bytes, up to a byte budget: an image shared by
/// several requests (an instance's input seen with every system's output) is decoded and re-encoded once.
/// </summary>
internal sealed class PreparedImageCache(long capacityBytes)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, DataContent Image)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, DataContent Image)> recency = new();
    private long bytes;

    public bool TryGet(string key, out DataContent image)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                image = node.Value.Image;
                return true;
            }
        }

        image = null!;
        return false;
    }

    public void Add(string key, DataContent image)
    {
        var size = image.Data.Length;
        if (size > capacityBytes)
        {
            return;
        }

        lock (gate)
        {
            if (entries.ContainsKey(key))
            {
                return;
            }

            entries[key] = recency.AddFirst((key, image));
            bytes += size;
            while (bytes > capacityBytes && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                bytes -= oldest.Value.Image.Data.Length;
            }
        }
    }
}
