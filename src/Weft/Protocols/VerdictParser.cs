namespace Weft.Protocols;

/// <summary>Reads an InterleavedEval judge reply (aspects scored 0–5) into per-aspect verdicts.</summary>
public static class VerdictParser
{
    private static readonly ScoreScale Scale = new(0, 5);

    /// <summary>Parses <paramref name="reply"/> for the <paramref name="expected"/> aspects on the 0–5 scale; labels match by key, short name or display name.</summary>
    public static ScoreParseResult Parse(string reply, IReadOnlyList<Aspect> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return ScoreReplyParser.Parse(reply, [.. expected.Select(Aspects.Key)], MatchKey, Scale);
    }

    /// <summary>One verdict per expected aspect, in order: scored when a score was accepted, otherwise an error carrying the problem.</summary>
    public static IReadOnlyList<AspectVerdict> ToVerdicts(ScoreParseResult result, IReadOnlyList<Aspect> expected)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(expected);
        return [.. expected.Select(aspect => ToVerdict(result, aspect))];
    }

    private static AspectVerdict ToVerdict(ScoreParseResult result, Aspect aspect)
    {
        var key = Aspects.Key(aspect);
        if (result.Scores.FirstOrDefault(score => score.Key == key) is { } scored)
        {
            return AspectVerdict.Scored(aspect, scored.Score, scored.Explanation);
        }

        var problem = result.Problems.FirstOrDefault(problem => problem.Key == key)?.Problem ?? "missing";
        return AspectVerdict.Error(aspect, problem);
    }

    private static string? MatchKey(string label) => Aspects.TryParse(label, out var aspect) ? Aspects.Key(aspect) : null;
}
