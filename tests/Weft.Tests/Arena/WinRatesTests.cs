using Weft.Arena;
using Weft.Benchmarks;
using static Weft.Protocols.PairwiseWinner;
using static Weft.Tests.Arena.SomeVerdicts;

namespace Weft.Tests.Arena;

public sealed class WinRatesTests
{
    // x: wins 1 and 5, tie won 2, tie lost 3 (y's Tie(A) in swapped order), plain tie 4 → n 5.
    // y: losses 1 and 6, tie lost 2, tie won 3 → n 4.  z: plain tie 4, loss 5, win 6 → n 3.
    private static readonly VerdictSet Mixed = Set(
        V("1", "x", "y", A),
        V("2", "x", "y", TieA),
        V("3", "y", "X", TieA),
        V("1", "x", "z", Tie),
        V("2", "z", "x", B),
        V("1", "y", "z", B));

    [Fact]
    public void Compute_MixedVerdicts_CountsEveryKindForBothSides()
    {
        var report = WinRates.Compute(Mixed);

        Assert.Equal(["x", "z", "y"], report.Systems.Select(s => s.System));
        var x = report.Systems[0];
        Assert.Equal((5, 2, 0, 1, 1, 1), (x.Matches, x.Wins, x.Losses, x.TiesWon, x.TiesLost, x.Ties));
        var y = report.Systems[2];
        Assert.Equal((4, 0, 2, 1, 1, 0), (y.Matches, y.Wins, y.Losses, y.TiesWon, y.TiesLost, y.Ties));
        var z = report.Systems[1];
        Assert.Equal((3, 1, 1, 0, 0, 1), (z.Matches, z.Wins, z.Losses, z.TiesWon, z.TiesLost, z.Ties));
    }

    [Fact]
    public void Compute_MixedVerdicts_GivesTheFourRatesComputedByHand()
    {
        var report = WinRates.Compute(Mixed);

        // x: FDT (2 + 1 + 0.5) / 5; without ties 2 / 2; ties as 0 2 / 5; ties as 0.5 (2 + 0.5·3) / 5.
        AssertRates(report.Systems[0], 0.7, 1.0, 0.4, 0.7);

        // z: FDT (1 + 0.5) / 3; 1 / 2; 1 / 3; (1 + 0.5) / 3.
        AssertRates(report.Systems[1], 0.5, 0.5, 1.0 / 3, 0.5);

        // y: FDT 1 / 4; 0 / 2; 0 / 4; (0 + 0.5·2) / 4.
        AssertRates(report.Systems[2], 0.25, 0.0, 0.0, 0.25);
    }

    [Fact]
    public void Compute_MixedVerdicts_FillsTheWinMatrix()
    {
        var report = WinRates.Compute(Mixed);

        // x vs y: A (1) + Tie(A) (1) + y's Tie(A) (0) of 3; x vs z: plain tie (0.5) + win (1) of 2.
        Assert.Equal(6, report.Matrix.Count);
        AssertCell(report, "x", "y", 3, 2.0 / 3);
        AssertCell(report, "y", "x", 3, 1.0 / 3);
        AssertCell(report, "x", "z", 2, 0.75);
        AssertCell(report, "z", "y", 1, 1.0);
    }

    [Fact]
    public void Compute_OnlyTies_WithoutTiesIsUndefinedWithAReason()
    {
        var report = WinRates.Compute(Set(V("1", "a", "b", TieA), V("2", "a", "b", Tie)));

        var a = report.Systems.Single(s => s.System == "a");
        Assert.Null(a.WithoutTies.Value);
        Assert.Equal("no battle without a tie", a.WithoutTies.Undefined);
        Assert.Equal(0.75, a.Fdt.Value);
    }

    [Fact]
    public void Compute_SameBattleAndSourceTwice_ThrowsNamingBothLines()
    {
        var set = Set(V("1", "a", "b", A), V("2", "a", "b", A), V("1", "B", "a", TieA));

        var error = Assert.Throws<DataFormatException>(() => WinRates.Compute(set)).Errors.Single();

        Assert.Equal(3, error.Line);
        Assert.Contains("line 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_DuplicatesAllowed_CountsEach()
    {
        var report = WinRates.Compute(Set(V("1", "a", "b", A), V("1", "b", "a", B)), allowDuplicates: true);

        Assert.Equal(2, report.Systems.Single(s => s.System == "a").Wins);
    }

    [Fact]
    public void Compute_SameBattleFromTwoSources_CountsBoth()
    {
        var report = WinRates.Compute(Set(V("1", "a", "b", A, "annotator:ann"), V("1", "a", "b", B, "annotator:bob")));

        Assert.Equal(2, report.Systems[0].Matches);
    }

    private static void AssertRates(SystemWinRates rates, double fdt, double withoutTies, double tiesAsZero, double tiesAsHalf)
    {
        Assert.Equal(fdt, rates.Fdt.Value!.Value, 12);
        Assert.Equal(withoutTies, rates.WithoutTies.Value!.Value, 12);
        Assert.Equal(tiesAsZero, rates.TiesAsZero.Value!.Value, 12);
        Assert.Equal(tiesAsHalf, rates.TiesAsHalf.Value!.Value, 12);
    }

    private static void AssertCell(WinRateReport report, string row, string column, int battles, double share)
    {
        var cell = report.Matrix.Single(c => c.Row == row && c.Column == column);
        Assert.Equal(battles, cell.Battles);
        Assert.Equal(share, cell.Share!.Value, 12);
    }
}
