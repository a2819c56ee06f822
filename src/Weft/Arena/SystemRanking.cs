namespace Weft.Arena;

/// <summary>
/// One system's Bradley–Terry rating: rank (1 = best, equal ratings share a rank), Elo-scale rating (1000 + 400·log10 of the
/// strength, strengths anchored to a geometric mean of 1), its bootstrap 95% percentile interval and the 2.5/97.5
/// percentiles of its bootstrap rank (null without bootstrap), and its number of battles.
/// </summary>
public sealed record SystemRanking(
    int Rank,
    string System,
    double Elo,
    double? EloLow,
    double? EloHigh,
    double? RankLow,
    double? RankHigh,
    int Matches);
