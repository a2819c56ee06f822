namespace Weft.Arena;

/// <summary>Pairwise verdicts with where each came from; <see cref="Locations"/>[i] locates <see cref="Verdicts"/>[i].</summary>
public sealed record VerdictSet(IReadOnlyList<PairwiseVerdict> Verdicts, IReadOnlyList<VerdictLocation> Locations)
{
    /// <summary>Verdicts built in memory, located as line i + 1 of <paramref name="label"/> (default "(memory)").</summary>
    public static VerdictSet FromVerdicts(IReadOnlyList<PairwiseVerdict> verdicts, string label = "(memory)")
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        return new VerdictSet(verdicts, [.. verdicts.Select((_, i) => new VerdictLocation(label, i + 1))]);
    }

    /// <summary>The location of verdict <paramref name="index"/>.</summary>
    public VerdictLocation LocationOf(int index) => index < Locations.Count ? Locations[index] : new VerdictLocation("(memory)", index + 1);
}
