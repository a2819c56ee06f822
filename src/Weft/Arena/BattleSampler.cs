namespace Weft.Arena;

/// <summary>
/// Chooses battles so that every unordered pair of systems gets the same number (±1), each system of a pair is A as often as
/// B (±1), and instances are used evenly: one seeded shuffle of the instances is walked round-robin across all pairs.
/// A battle is never repeated: a pair asked for more battles than it has usable instances gets one per instance and a warning.
/// </summary>
public static class BattleSampler
{
    /// <summary>
    /// <paramref name="perPair"/> battles for every pair of <paramref name="systems"/>; an instance is only used for a pair when
    /// <paramref name="available"/>(instance, system) holds for both (default: always). The same arguments give the same plan.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two systems, a system named twice, no instances, or a negative count.</exception>
    public static BattlePlan SamplePerPair(
        IReadOnlyList<string> instanceIds, IReadOnlyList<string> systems, int perPair, int seed, Func<string, string, bool>? available = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perPair);
        Check(instanceIds, systems);
        var pairs = Pairs(systems.Count);
        return Sample(instanceIds, systems, pairs, [.. pairs.Select(_ => perPair)], seed, available);
    }

    /// <summary>About <paramref name="total"/> battles in all, spread over the pairs (a seeded choice of pairs gets the remainder).</summary>
    /// <exception cref="ArgumentException">As <see cref="SamplePerPair"/>.</exception>
    public static BattlePlan SampleTotal(
        IReadOnlyList<string> instanceIds, IReadOnlyList<string> systems, int total, int seed, Func<string, string, bool>? available = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Check(instanceIds, systems);
        var pairs = Pairs(systems.Count);
        var counts = pairs.Select(_ => total / pairs.Count).ToArray();
        var extra = Enumerable.Range(0, pairs.Count).ToArray();
        new Random(seed ^ 0x5A5A5A5A).Shuffle(extra);
        foreach (var p in extra.Take(total % pairs.Count))
        {
            counts[p]++;
        }

        return Sample(instanceIds, systems, pairs, counts, seed, available);
    }

    private static BattlePlan Sample(
        IReadOnlyList<string> instanceIds, IReadOnlyList<string> systems, List<(int I, int J)> pairs, int[] counts, int seed, Func<string, string, bool>? available)
    {
        var order = instanceIds.ToArray();
        new Random(seed).Shuffle(order);
        List<Battle> battles = [];
        List<string> warnings = [];
        var cursor = 0;
        for (var p = 0; p < pairs.Count; p++)
        {
            var (i, j) = pairs[p];
            var usable = Enumerable.Range(0, order.Length)
                .Select(step => (cursor + step) % order.Length)
                .Where(at => available is null || (available(order[at], systems[i]) && available(order[at], systems[j])))
                .ToList();
            if (usable.Count == 0)
            {
                if (counts[p] > 0)
                {
                    warnings.Add($"{systems[i]} vs {systems[j]}: no instance has outputs from both; 0 of {counts[p]} battles");
                }

                continue;
            }

            // A pair has only as many distinct battles as instances it can use; more would repeat battles, which the verdict
            // readers then reject as duplicates, so the pair is capped and the cap said.
            var count = Math.Min(counts[p], usable.Count);
            if (count < counts[p])
            {
                var distinct = usable.Count == 1 ? "1 distinct battle exists (1 instance" : $"{usable.Count} distinct battles exist ({usable.Count} instances";
                warnings.Add($"{systems[i]} vs {systems[j]}: only {distinct} usable by both); wrote {count} of {counts[p]}");
            }

            // Who is A first alternates between pairs, so that over all pairs each system also leads about half the time.
            var iFirst = (i + j) % 2 == 0;
            for (var t = 0; t < count; t++)
            {
                var at = usable[t];
                var iIsA = (t % 2 == 0) == iFirst;
                battles.Add(iIsA ? new Battle(order[at], systems[i], systems[j]) : new Battle(order[at], systems[j], systems[i]));
                cursor = (at + 1) % order.Length;
            }
        }

        return new BattlePlan(battles, warnings);
    }

    private static List<(int I, int J)> Pairs(int systems) =>
        [.. Enumerable.Range(0, systems).SelectMany(i => Enumerable.Range(i + 1, systems - i - 1).Select(j => (i, j)))];

    private static void Check(IReadOnlyList<string> instanceIds, IReadOnlyList<string> systems)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        ArgumentNullException.ThrowIfNull(systems);
        if (systems.Count < 2)
        {
            throw new ArgumentException("At least two systems are needed for battles.", nameof(systems));
        }

        var twice = systems.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"System \"{twice.Key}\" is named more than once (names match case-insensitively).", nameof(systems));
        }

        if (instanceIds.Count == 0)
        {
            throw new ArgumentException("No instances to sample battles from.", nameof(instanceIds));
        }
    }
}
