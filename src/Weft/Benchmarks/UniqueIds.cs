namespace Weft.Benchmarks;

/// <summary>Remembers where each id was first seen, to report duplicates with both places.</summary>
internal sealed class UniqueIds
{
    private readonly Dictionary<string, string> firstSeen = new(StringComparer.Ordinal);

    /// <summary>Records an id seen at a place; returns where it was seen before, or null the first time.</summary>
    public string? Add(string id, string place) => firstSeen.TryAdd(id, place) ? null : firstSeen[id];
}
