namespace Weft.Arena;

/// <summary>A battle: an instance and an unordered pair of systems, names folded to upper case so that equality ignores case.</summary>
internal readonly record struct BattleKey(string Instance, string Low, string High)
{
    /// <summary>The battle of <paramref name="verdict"/>; <paramref name="aIsLow"/> tells whether its side A is <see cref="Low"/>.</summary>
    public static BattleKey Of(PairwiseVerdict verdict, out bool aIsLow)
    {
        var a = verdict.SystemA.ToUpperInvariant();
        var b = verdict.SystemB.ToUpperInvariant();
        aIsLow = string.CompareOrdinal(a, b) < 0;
        return aIsLow ? new BattleKey(verdict.InstanceId, a, b) : new BattleKey(verdict.InstanceId, b, a);
    }
}
