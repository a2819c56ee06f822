using Weft.Arena;
using static Weft.Protocols.PairwiseWinner;
using static Weft.Tests.Arena.SomeVerdicts;

namespace Weft.Tests.Arena;

public sealed class ArenaRankingTests
{
    private static readonly RankingOptions NoBootstrap = new(Bootstrap: 0);

    [Fact]
    public void Rank_TwoSystems_MatchesTheClosedForm()
    {
        // Two systems: p_x / (p_x + p_y) = w / (w + l) = 3/4, so p_x / p_y = 3; anchored at geometric mean 1,
        // Elo = 1000 ± 200·log10(3).
        var set = Set([.. Many(3, "x", "y", A, "w"), V("l", "y", "x", A)]);

        var report = ArenaRanking.Rank(set, NoBootstrap);

        Assert.Equal(["x", "y"], report.Systems.Select(s => s.System));
        Assert.Equal(1000 + (200 * Math.Log10(3)), report.Systems[0].Elo, 8);
        Assert.Equal(1000 - (200 * Math.Log10(3)), report.Systems[1].Elo, 8);
        Assert.False(report.PriorUsed);
    }

    [Fact]
    public void Rank_TiesHalfOrFdt_FollowTheDocumentedRule()
    {
        // x: A, A, Tie(A), and y: A. Half: x 2.5 wins to y's 1.5, ratio 5/3. FDT: Tie(A) is x's, ratio 3.
        var set = Set(V("1", "x", "y", A), V("2", "x", "y", A), V("3", "x", "y", TieA), V("4", "y", "x", A));

        var half = ArenaRanking.Rank(set, NoBootstrap).Systems[0].Elo;
        var fdt = ArenaRanking.Rank(set, NoBootstrap with { Ties = BradleyTerryTies.Fdt }).Systems[0].Elo;

        Assert.Equal(1000 + (200 * Math.Log10(5.0 / 3)), half, 8);
        Assert.Equal(1000 + (200 * Math.Log10(3)), fdt, 8);
    }

    [Fact]
    public void Rank_ThreeSystemsInAChain_MatchesThePairwiseRatios()
    {
        // a–b and b–c only (a tree): each pair's ratio is its own odds, a/b = 2 and b/c = 2, so log-strengths are ln 2, 0, −ln 2.
        var set = Set([.. Many(2, "a", "b", A, "ab"), V("ab9", "a", "b", B), .. Many(2, "b", "c", A, "bc"), V("bc9", "b", "c", B)]);

        var report = ArenaRanking.Rank(set, NoBootstrap);

        Assert.Equal(["a", "b", "c"], report.Systems.Select(s => s.System));
        Assert.Equal(1000 + (400 * Math.Log10(2)), report.Systems[0].Elo, 8);
        Assert.Equal(1000, report.Systems[1].Elo, 8);
        Assert.Equal(1000 - (400 * Math.Log10(2)), report.Systems[2].Elo, 8);
    }

    [Fact]
    public void Rank_ThreeSystemsAllMet_SatisfiesTheLikelihoodEquations()
    {
        // At the MLE every system's wins equal its expected wins: W_i = Σ_j n_ij · p_i / (p_i + p_j).
        var set = Set([.. Many(5, "a", "b", A, "ab"), .. Many(2, "b", "a", A, "ba"), .. Many(3, "b", "c", A, "bc"), .. Many(3, "c", "b", A, "cb"),
            .. Many(1, "a", "c", A, "ac"), .. Many(4, "c", "a", A, "ca")]);
        var wins = new Dictionary<string, double> { ["a"] = 6, ["b"] = 5, ["c"] = 7 };
        var games = new Dictionary<(string, string), int> { [("a", "b")] = 7, [("b", "c")] = 6, [("a", "c")] = 5 };

        var report = ArenaRanking.Rank(set, NoBootstrap);

        var p = report.Systems.ToDictionary(s => s.System, s => Math.Pow(10, (s.Elo - 1000) / 400));
        foreach (var system in wins.Keys)
        {
            var expected = games.Where(g => g.Key.Item1 == system || g.Key.Item2 == system)
                .Sum(g => g.Value * p[system] / (p[g.Key.Item1] + p[g.Key.Item2]));
            Assert.Equal(wins[system], expected, 7);
        }

        Assert.Equal(1.0, p.Values.Aggregate(1.0, (product, value) => product * value), 9);
    }

    [Fact]
    public void Rank_ASystemThatNeverLoses_UsesThePriorAndStaysFinite()
    {
        var report = ArenaRanking.Rank(Set([.. Many(3, "x", "y", A, "i")]), new RankingOptions(Bootstrap: 50));

        Assert.True(report.PriorUsed);
        Assert.Equal(50, report.PriorSamples);
        Assert.All(report.Systems, s => Assert.True(double.IsFinite(s.Elo) && double.IsFinite(s.EloLow!.Value) && double.IsFinite(s.EloHigh!.Value)));
        Assert.True(report.Systems[0].Elo > report.Systems[1].Elo);
    }

    [Fact]
    public void Rank_EqualSystems_ShareTheRank()
    {
        var report = ArenaRanking.Rank(Set(V("1", "a", "b", A), V("2", "b", "c", A), V("3", "c", "a", A)), NoBootstrap);

        Assert.All(report.Systems, s => Assert.Equal((1, 1000.0), (s.Rank, Math.Round(s.Elo, 8))));
    }

    [Fact]
    public void Rank_SameSeed_ReproducesAndIgnoresThreadCount()
    {
        var set = Sample();
        var options = new RankingOptions(Bootstrap: 200, Seed: 7);

        var one = ArenaRanking.Rank(set, options, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var many = ArenaRanking.Rank(set, options, new ParallelOptions { MaxDegreeOfParallelism = 4 });
        var again = ArenaRanking.Rank(set, options);
        var other = ArenaRanking.Rank(set, options with { Seed = 8 });

        Assert.Equal(one.Systems, many.Systems);
        Assert.Equal(one.Systems, again.Systems);
        Assert.NotEqual(one.Systems, other.Systems);
    }

    [Fact]
    public void Rank_WithBootstrap_IntervalsHoldThePointEstimate()
    {
        var report = ArenaRanking.Rank(Sample(), new RankingOptions(Bootstrap: 300));

        Assert.Equal(["s1", "s2", "s3"], report.Systems.Select(s => s.System));
        Assert.All(report.Systems, s =>
        {
            Assert.InRange(s.Elo, s.EloLow!.Value, s.EloHigh!.Value);
            Assert.InRange(s.Rank, s.RankLow!.Value, s.RankHigh!.Value);
        });
    }

    [Fact]
    public void Rank_NoVerdicts_Throws()
    {
        Assert.Throws<ArgumentException>(() => ArenaRanking.Rank(Set()));
    }

    // s1 beats s2 and s3 mostly, s2 beats s3 mostly, with ties of every kind.
    private static VerdictSet Sample() => Set([
        .. Many(30, "s1", "s2", A, "a"), .. Many(12, "s2", "s1", A, "b"), .. Many(6, "s1", "s2", TieA, "c"),
        .. Many(25, "s2", "s3", A, "d"), .. Many(15, "s3", "s2", A, "e"), .. Many(4, "s2", "s3", Tie, "f"),
        .. Many(35, "s1", "s3", A, "g"), .. Many(8, "s1", "s3", B, "h"), .. Many(5, "s3", "s1", TieB, "i")]);
}
