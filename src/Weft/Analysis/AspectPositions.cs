using Weft.Protocols;
using Weft.Runs;

namespace Weft.Analysis;

/// <summary>Checks one item's aspect results against the report's aspects and finds the position of each.</summary>
internal sealed class AspectPositions
{
    private readonly IReadOnlyList<string> aspects;
    private readonly Dictionary<string, int> byName;
    private readonly bool[] seen;
    private int[] positions;

    public AspectPositions(IReadOnlyList<string> aspects)
    {
        this.aspects = aspects;
        byName = new Dictionary<string, int>(aspects.Count, StringComparer.Ordinal);
        for (var i = 0; i < aspects.Count; i++)
        {
            if (!byName.TryAdd(aspects[i], i))
            {
                throw new ArgumentException($"Aspect '{aspects[i]}' is listed twice.", nameof(aspects));
            }
        }

        seen = new bool[aspects.Count];
        positions = new int[aspects.Count];
    }

    /// <summary>
    /// Positions of the item's results in the aspect list (valid until the next call); throws when the item has an
    /// unknown, repeated or absent aspect, or a scored aspect without a finite score.
    /// </summary>
    public int[] Resolve(ItemResult item)
    {
        var results = item.Aspects;
        if (results.Count > positions.Length)
        {
            positions = new int[results.Count];
        }

        Array.Clear(seen);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];

            // Items almost always list aspects in protocol order, so try the same position before hashing.
            var position = i < aspects.Count && string.Equals(aspects[i], result.Aspect, StringComparison.Ordinal) ? i
                : byName.TryGetValue(result.Aspect, out var found) ? found
                : throw Problem(item, result.Aspect, "is not one of the report's aspects");
            if (seen[position])
            {
                throw Problem(item, result.Aspect, "appears twice");
            }

            seen[position] = true;
            positions[i] = position;
            Check(item, result);
        }

        if (results.Count != aspects.Count)
        {
            var absent = aspects.Where((_, i) => !seen[i]).First();
            throw Problem(item, absent, "has no result (every output needs one per aspect: scored, N/A or error)");
        }

        return positions;
    }

    private static void Check(ItemResult item, AspectResult result)
    {
        switch (result.Status)
        {
            case VerdictStatus.Scored when result.Score is not { } score || !double.IsFinite(score):
                throw Problem(item, result.Aspect, "is scored but has no finite score");
            case VerdictStatus.Scored or VerdictStatus.NotApplicable or VerdictStatus.Error:
                break;
            default:
                throw Problem(item, result.Aspect, $"has unknown status {(int)result.Status}");
        }
    }

    private static ArgumentException Problem(ItemResult item, string aspect, string problem) =>
        new($"System '{item.System}', instance '{item.InstanceId}': aspect '{aspect}' {problem}.");
}
