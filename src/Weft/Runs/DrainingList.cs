using System.Collections;

namespace Weft.Runs;

/// <summary>
/// Work handed out once, front to back, that lets go of each item as it is handed out: whatever an item holds (an
/// output and its instance) can be collected as soon as the item is done instead of when the whole run is.
/// </summary>
internal sealed class DrainingList<T>(List<T> items) : IEnumerable<T>
{
    private int enumerated;

    /// <summary>How many items there were before any was handed out.</summary>
    public int Count { get; } = items.Count;

    /// <summary>Hands the items out; a second enumeration throws, since the items are gone.</summary>
    public IEnumerator<T> GetEnumerator() =>
        Interlocked.Exchange(ref enumerated, 1) == 0 ? Drain() : throw new InvalidOperationException("the work list was already handed out");

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<T> Drain()
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            items[i] = default!;
            yield return item;
        }

        items.Clear();
    }
}
