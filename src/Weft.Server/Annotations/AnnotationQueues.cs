using System.Security.Cryptography;
using System.Text;
using Weft.Arena;

namespace Weft.Server.Annotations;

/// <summary>
/// Each annotator's order of work: a shuffle seeded by their name, so that two annotators see items in different
/// orders (less shared order bias) while each finds the same order every time they come back.
/// </summary>
internal static class AnnotationQueues
{
    /// <summary>The scoring items in <paramref name="annotator"/>'s order.</summary>
    public static IReadOnlyList<ScoringItem> Scoring(IReadOnlyList<ScoringItem> items, string annotator) =>
        [.. items.OrderBy(i => Key(annotator, "score", i.InstanceId, i.System), StringComparer.Ordinal)];

    /// <summary>The battles in <paramref name="annotator"/>'s order, each with the side shown first drawn per annotator and battle.</summary>
    public static IReadOnlyList<Battle> Pairwise(IReadOnlyList<(string InstanceId, string SystemA, string SystemB)> pairs, string annotator) =>
        [.. pairs
            .OrderBy(p => Key(annotator, "pair", p.InstanceId, p.SystemA, p.SystemB), StringComparer.Ordinal)
            .Select(p => new Battle(
                p.InstanceId,
                p.SystemA,
                p.SystemB,
                Key(annotator, "shown", p.InstanceId, p.SystemA, p.SystemB)[0] < '8' ? ShownOrder.AB : ShownOrder.BA))];

    private static string Key(string annotator, params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(annotator.ToUpperInvariant() + "\n" + string.Join("\n", parts))));
}
