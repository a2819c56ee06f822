using Weft.Arena;
using Weft.Protocols;

namespace Weft.Tests.Arena;

/// <summary>Builds small verdict sets for tests.</summary>
internal static class SomeVerdicts
{
    public static PairwiseVerdict V(string instance, string a, string b, PairwiseWinner winner, string source = "annotator:ann") =>
        new(instance, a, b, winner, source, null);

    public static VerdictSet Set(params PairwiseVerdict[] verdicts) => VerdictSet.FromVerdicts(verdicts);

    /// <summary><paramref name="count"/> verdicts of the same kind on distinct instances.</summary>
    public static IEnumerable<PairwiseVerdict> Many(int count, string a, string b, PairwiseWinner winner, string prefix) =>
        Enumerable.Range(0, count).Select(i => V($"{prefix}{i}", a, b, winner));
}
