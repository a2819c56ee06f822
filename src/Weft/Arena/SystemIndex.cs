namespace Weft.Arena;

/// <summary>Numbers the systems of a verdict set (case-insensitively, in order of first appearance) for array-based tallies.</summary>
internal sealed class SystemIndex
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> names = [];

    public SystemIndex(IEnumerable<PairwiseVerdict> verdicts)
    {
        foreach (var verdict in verdicts)
        {
            Add(verdict.SystemA);
            Add(verdict.SystemB);
        }
    }

    /// <summary>The systems' display names (first spelling seen), by index.</summary>
    public IReadOnlyList<string> Names => names;

    public int Count => names.Count;

    public int this[string name] => indexes[name];

    public bool Contains(string name) => indexes.ContainsKey(name);

    private void Add(string name)
    {
        if (indexes.TryAdd(name, names.Count))
        {
            names.Add(name);
        }
    }
}
