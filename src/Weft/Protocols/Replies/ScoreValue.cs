using System.Globalization;

namespace Weft.Protocols.Replies;

/// <summary>One reading of a score: its kind, the integer when valid, how it was written, and the problem otherwise.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Score">The integer when <paramref name="Kind"/> is valid; otherwise 0 and meaningless.</param>
/// <param name="Text">The value as shown when two readings disagree ("4", "N/A", "4.5").</param>
/// <param name="Problem">Why the value is not accepted; empty when valid.</param>
internal sealed record ScoreValue(ScoreValueKind Kind, int Score, string Text, string Problem)
{
    private const int MaxShownLength = 40;

    public static ScoreValue Valid(int score) =>
        new(ScoreValueKind.Valid, score, score.ToString(CultureInfo.InvariantCulture), "");

    public static ScoreValue NotApplicable() => new(ScoreValueKind.NotApplicable, 0, "N/A", "judge said not applicable");

    public static ScoreValue Invalid(string text, string problem) => new(ScoreValueKind.Invalid, 0, text, problem);

    public static ScoreValue NotNumeric(string text)
    {
        var shown = text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "…");
        return new(ScoreValueKind.NotNumeric, 0, shown, $"score \"{shown}\" is not a number");
    }

    public static ScoreValue Absent() => new(ScoreValueKind.Absent, 0, "", "missing score");
}
