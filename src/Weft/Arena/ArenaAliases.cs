namespace Weft.Arena;

/// <summary>System renames applied while reading verdicts (<c>--alias old=new</c>); old names match case-insensitively.</summary>
public sealed class ArenaAliases
{
    private readonly Dictionary<string, string> targets = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>No renames.</summary>
    public static ArenaAliases None => new();

    /// <summary>The old names no verdict read so far used: almost always a typo worth an error.</summary>
    public IReadOnlyList<string> Unused => [.. targets.Keys.Where(old => !used.Contains(old))];

    /// <summary>Parses <c>old=new</c> pairs.</summary>
    /// <exception cref="ArgumentException">A pair is malformed, renames a name twice, or maps a name to itself.</exception>
    public static ArenaAliases Parse(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var aliases = new ArenaAliases();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var old = equals < 0 ? "" : pair[..equals].Trim();
            var target = equals < 0 ? "" : pair[(equals + 1)..].Trim();
            if (old.Length == 0 || target.Length == 0)
            {
                throw new ArgumentException($"--alias \"{pair}\": expected OLD=NEW with both names non-empty.", nameof(pairs));
            }

            if (string.Equals(old, target, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"--alias \"{pair}\": renames a system to itself (names match case-insensitively).", nameof(pairs));
            }

            if (!aliases.targets.TryAdd(old, target))
            {
                throw new ArgumentException($"--alias \"{pair}\": \"{old}\" is renamed more than once.", nameof(pairs));
            }
        }

        return aliases;
    }

    /// <summary>The name after renaming (the alias target as written), or <paramref name="name"/> unchanged.</summary>
    public string Apply(string name)
    {
        if (targets.TryGetValue(name, out var target))
        {
            used.Add(name);
            return target;
        }

        return name;
    }

    /// <summary>Whether <paramref name="name"/> is an alias target (its spelling is then canonical).</summary>
    internal bool IsTarget(string name) => targets.Values.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The spelling given on the command line for a target name.</summary>
    internal string TargetSpelling(string name) => targets.Values.First(v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase));
}
