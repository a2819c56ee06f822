namespace Weft.Benchmarks;

/// <summary>
/// The items of one input file, by position, read when asked for. A JSON Lines file keeps only where each line is and
/// parses the lines asked for again, so a large benchmark is never held whole; other formats hold what they read.
/// </summary>
/// <typeparam name="T">An instance or an output.</typeparam>
public abstract class ItemSource<T>
    where T : class
{
    /// <summary>How many items the file holds.</summary>
    public abstract int Count { get; }

    /// <summary>The items at <paramref name="positions"/>, in that order.</summary>
    /// <exception cref="DataFormatException">The file changed since it was first read and no longer reads the same.</exception>
    public abstract IReadOnlyList<T> Load(IReadOnlyList<int> positions);

    /// <summary>A source holding <paramref name="items"/>.</summary>
    internal static ItemSource<T> Held(IReadOnlyList<T> items) => new HeldItems(items);

    private sealed class HeldItems(IReadOnlyList<T> items) : ItemSource<T>
    {
        public override int Count => items.Count;

        public override IReadOnlyList<T> Load(IReadOnlyList<int> positions) => [.. positions.Select(p => items[p])];
    }
}
