using Weft.Protocols;
using Weft.Text;

namespace Weft.Arena;

/// <summary>How often a candidate verdict set (a judge) agrees with a reference (people) on the same battles (PROTOCOLS.md §2).</summary>
public static class Agreement
{
    /// <summary>
    /// Compares the battles present in both sets (same instance, same unordered pair), flipping the candidate when its sides
    /// are swapped; <paramref name="splitSystems"/> (matched case-insensitively) adds the split by involvement.
    /// </summary>
    /// <exception cref="Benchmarks.DataFormatException">A set has several verdicts for one battle (naming both lines).</exception>
    /// <exception cref="ArgumentException">A split system appears in neither set.</exception>
    public static AgreementReport Compare(VerdictSet reference, VerdictSet candidate, IReadOnlyList<string>? splitSystems = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        const string Hint = "; agreement needs one verdict per battle in each file";
        DuplicateBattles.ThrowIfAny(reference, anySource: true, Hint);
        DuplicateBattles.ThrowIfAny(candidate, anySource: true, Hint);
        var split = splitSystems is null ? null : new HashSet<string>(Known(splitSystems, reference, candidate), StringComparer.OrdinalIgnoreCase);

        var candidates = new Dictionary<BattleKey, PairwiseVerdict>();
        foreach (var verdict in candidate.Verdicts)
        {
            candidates.Add(BattleKey.Of(verdict, out _), verdict);
        }

        var all = new AgreementTally();
        var involving = new AgreementTally();
        var rest = new AgreementTally();
        var shared = 0;
        foreach (var verdict in reference.Verdicts)
        {
            if (!candidates.TryGetValue(BattleKey.Of(verdict, out _), out var other))
            {
                continue;
            }

            shared++;
            var sameSides = string.Equals(verdict.SystemA, other.SystemA, StringComparison.OrdinalIgnoreCase);
            var candidateWinner = sameSides ? other.Winner : PairwiseWinners.Flip(other.Winner);
            all.Add(verdict.Winner, candidateWinner);
            if (split is not null)
            {
                var tally = split.Contains(verdict.SystemA) || split.Contains(verdict.SystemB) ? involving : rest;
                tally.Add(verdict.Winner, candidateWinner);
            }
        }

        return new AgreementReport(
            reference.Verdicts.Count,
            candidate.Verdicts.Count,
            reference.Verdicts.Count - shared,
            candidate.Verdicts.Count - shared,
            all.Stats(),
            split is null ? null : [.. splitSystems!],
            split is null ? null : involving.Stats(),
            split is null ? null : rest.Stats());
    }

    private static IEnumerable<string> Known(IReadOnlyList<string> systems, VerdictSet reference, VerdictSet candidate)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var verdict in reference.Verdicts.Concat(candidate.Verdicts))
        {
            known.Add(verdict.SystemA);
            known.Add(verdict.SystemB);
        }

        var unknown = systems.Where(s => !known.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"--systems-split: unknown {Plural.Noun(unknown.Count, "system")} {string.Join(", ", unknown.Select(s => $"\"{s}\""))}; "
                + $"systems in the files: {string.Join(", ", known.Order(StringComparer.OrdinalIgnoreCase))}.",
                nameof(systems));
        }

        return systems;
    }
}
