using Weft.Benchmarks;

namespace Weft.Arena;

/// <summary>Finds verdicts that repeat a battle: by default the same instance, unordered pair and source.</summary>
internal static class DuplicateBattles
{
    /// <summary>Throws naming both lines of every repeat; <paramref name="anySource"/> also counts repeats from different sources.</summary>
    /// <exception cref="DataFormatException">A battle has more than one verdict.</exception>
    public static void ThrowIfAny(VerdictSet set, bool anySource, string hint)
    {
        var errors = new DataErrorList();
        var seen = new Dictionary<(BattleKey, string), int>();
        for (var i = 0; i < set.Verdicts.Count; i++)
        {
            var verdict = set.Verdicts[i];
            var key = (BattleKey.Of(verdict, out _), anySource ? "" : verdict.Source);
            if (!seen.TryAdd(key, i))
            {
                var first = set.LocationOf(seen[key]);
                var here = set.LocationOf(i);
                var where = first.File == here.File ? $"line {first.Line}" : first.ToString();
                var same = anySource ? "and systems" : "systems and source";
                errors.Add(here.File, here.Line, "instance", $"duplicate battle: same instance ({verdict.InstanceId}), {same} ({verdict.SystemA} vs {verdict.SystemB}) as {where}{hint}");
            }
        }

        errors.ThrowIfAny();
    }
}
