namespace Weft.Protocols;

/// <summary>A judge's answer for one aspect of one output.</summary>
/// <param name="Aspect">The aspect judged.</param>
/// <param name="Status">Scored, not applicable, or error.</param>
/// <param name="Score">The integer score (0–5) when <paramref name="Status"/> is <see cref="VerdictStatus.Scored"/>; otherwise null.</param>
/// <param name="Explanation">The judge's explanation, or for errors the reason.</param>
public sealed record AspectVerdict(Aspect Aspect, VerdictStatus Status, int? Score, string? Explanation)
{
    /// <summary>A scored aspect.</summary>
    public static AspectVerdict Scored(Aspect aspect, int score, string explanation) => new(aspect, VerdictStatus.Scored, score, explanation);

    /// <summary>An aspect that does not apply, with the rule that excluded it.</summary>
    public static AspectVerdict NotApplicable(Aspect aspect, string reason) => new(aspect, VerdictStatus.NotApplicable, null, reason);

    /// <summary>An aspect for which no valid score was obtained.</summary>
    public static AspectVerdict Error(Aspect aspect, string reason) => new(aspect, VerdictStatus.Error, null, reason);
}
