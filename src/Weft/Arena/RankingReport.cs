namespace Weft.Arena;

/// <summary>
/// Bradley–Terry ranking of the systems (best first) with its settings; <paramref name="PriorUsed"/> tells whether the fit on
/// all verdicts needed the small prior (comparison graph not strongly connected), <paramref name="PriorSamples"/> how many
/// bootstrap samples did.
/// </summary>
public sealed record RankingReport(
    int Verdicts,
    BradleyTerryTies Ties,
    int Bootstrap,
    int Seed,
    bool PriorUsed,
    int PriorSamples,
    IReadOnlyList<SystemRanking> Systems);
