namespace Weft.Arena;

/// <summary>Canonical spellings of system names: case-insensitive, the first spelling seen wins (an alias target's own spelling first).</summary>
internal sealed class SystemNames(ArenaAliases aliases)
{
    private readonly Dictionary<string, string> canonical = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The canonical spelling of <paramref name="name"/> after renaming.</summary>
    public string Canonical(string name)
    {
        var renamed = aliases.Apply(name.Trim());
        if (canonical.TryGetValue(renamed, out var spelling))
        {
            return spelling;
        }

        spelling = aliases.IsTarget(renamed) ? aliases.TargetSpelling(renamed) : renamed;
        canonical.Add(renamed, spelling);
        return spelling;
    }
}
