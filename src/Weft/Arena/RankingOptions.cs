namespace Weft.Arena;

/// <summary>
/// Options of <see cref="ArenaRanking.Rank(VerdictSet, RankingOptions?)"/>: bootstrap samples (default 1,000; 0 for none), the seed (default 1), the tie
/// rule (default half), and whether repeated battles with the same source count (default: an error).
/// </summary>
public sealed record RankingOptions(int Bootstrap = 1000, int Seed = 1, BradleyTerryTies Ties = BradleyTerryTies.Half, bool AllowDuplicates = false);
