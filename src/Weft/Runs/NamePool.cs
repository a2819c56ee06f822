namespace Weft.Runs;

/// <summary>
/// Keeps one copy of each distinct string read from the store: names (systems, aspects, metrics, tasks, instance ids)
/// repeat on many rows, and a run read back should cost its numbers, not a new string per row.
/// </summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>The kept copy of <paramref name="value"/> (it becomes the kept copy when it is the first).</summary>
    public string Of(string value) => names.TryGetValue(value, out var kept) ? kept : names[value] = value;
}
