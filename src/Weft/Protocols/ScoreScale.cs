using System.Globalization;

namespace Weft.Protocols;

/// <summary>The inclusive range of integer scores a judge is asked for (0–5 for InterleavedEval, 0–10 for OpenING).</summary>
/// <param name="Min">The lowest valid score.</param>
/// <param name="Max">The highest valid score, at least <paramref name="Min"/>; a score written as "n/d" is accepted only when d equals it.</param>
public sealed record ScoreScale(int Min, int Max)
{
    /// <summary>The range as written in problems, for example "0–5".</summary>
    internal string Range => string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max}");

    internal bool Contains(decimal score) => score >= Min && score <= Max;
}
