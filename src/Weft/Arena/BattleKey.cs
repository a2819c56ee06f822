namespace Weft.Arena;

/// <summary>A battle: an instance and an unordered pair of systems, <see cref="Low"/> before <see cref="High"/>; system names compare ignoring case.</summary>
internal readonly record struct BattleKey(string Instance, string Low, string High)
{
    /// <summary>The battle of <paramref name="verdict"/>; <paramref name="aIsLow"/> tells whether its side A is <see cref="Low"/>.</summary>
    public static BattleKey Of(PairwiseVerdict verdict, out bool aIsLow)
    {
        aIsLow = string.Compare(verdict.SystemA, verdict.SystemB, StringComparison.OrdinalIgnoreCase) < 0;
        return aIsLow ? new BattleKey(verdict.InstanceId, verdict.SystemA, verdict.SystemB) : new BattleKey(verdict.InstanceId, verdict.SystemB, verdict.SystemA);
    }

    // Compared without folding copies of the names: keys are built for every verdict of files with tens of thousands.
    public bool Equals(BattleKey other) =>
        string.Equals(Instance, other.Instance, StringComparison.Ordinal)
        && string.Equals(Low, other.Low, StringComparison.OrdinalIgnoreCase)
        && string.Equals(High, other.High, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Instance), StringComparer.OrdinalIgnoreCase.GetHashCode(Low), StringComparer.OrdinalIgnoreCase.GetHashCode(High));
}
