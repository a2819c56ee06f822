using Weft.Arena;
using Weft.Benchmarks;
using static Weft.Protocols.PairwiseWinner;
using static Weft.Tests.Arena.SomeVerdicts;

namespace Weft.Tests.Arena;

public sealed class AgreementTests
{
    // Shared battles 1–5 (reference vs candidate, candidate flipped to the reference's sides):
    //   1 A/A; 2 Tie(A)/Tie(A) (candidate swapped, Tie(B) flipped); 3 B/Tie(B); 4 A/B (candidate swapped, A flipped); 5 Tie/B.
    // Battle 6 only in the reference, 7 only in the candidate.
    private static readonly VerdictSet Reference = Set(
        V("1", "p", "q", A), V("2", "p", "q", TieA), V("3", "p", "r", B), V("4", "q", "r", A), V("5", "q", "r", Tie), V("6", "p", "q", A));

    private static readonly VerdictSet Candidate = Set(
        V("1", "p", "q", A), V("2", "Q", "p", TieB), V("3", "p", "r", TieB), V("4", "r", "q", A), V("5", "q", "r", B), V("7", "p", "r", A));

    [Fact]
    public void Compare_HandBuiltSets_CountsSharedAndUnsharedBattles()
    {
        var report = Agreement.Compare(Reference, Candidate);

        Assert.Equal((6, 6, 1, 1, 5), (report.ReferenceBattles, report.CandidateBattles, report.OnlyInReference, report.OnlyInCandidate, report.All.Battles));
    }

    [Fact]
    public void Compare_HandBuiltSets_GivesTheThreeAgreementsByHand()
    {
        var all = Agreement.Compare(Reference, Candidate).All;

        // FDT (a plain tie reads as A): 1, 2, 3 agree of 5. With ties (3 classes): 1 and 2 of 5. Without ties: battles 1 and 4, 1 agrees.
        Assert.Equal((3, 0.6), (all.FdtAgreements, all.Fdt!.Value));
        Assert.Equal((2, 0.4), (all.WithTieAgreements, all.WithTie!.Value));
        Assert.Equal((2, 1, 0.5), (all.WithoutTieBattles, all.WithoutTieAgreements, all.WithoutTie!.Value));
    }

    [Fact]
    public void Compare_HandBuiltSets_GivesCohensKappaByHand()
    {
        var all = Agreement.Compare(Reference, Candidate).All;

        // 3 classes, rows reference, columns candidate (A, B, Tie): [1 1 0; 0 0 1; 0 1 1].
        // p_o = 2/5; margins rows (2, 1, 2), columns (1, 2, 2): p_e = (2 + 2 + 4) / 25 = 0.32; κ = 0.08 / 0.68.
        Assert.Equal([[1, 1, 0], [0, 0, 1], [0, 1, 1]], all.WithTieTable.Select(r => r.ToArray()).ToArray());
        Assert.Equal(0.08 / 0.68, all.WithTieKappa!.Value, 12);

        // FDT: reference A A B A A, candidate A A B B B. p_o = 0.6; margins rows (4, 1), columns (2, 3): p_e = 11/25; κ = 0.16 / 0.56.
        Assert.Equal(0.16 / 0.56, all.FdtKappa!.Value, 12);
    }

    [Fact]
    public void Compare_SystemsSplit_ReportsInvolvingAndRestApart()
    {
        var report = Agreement.Compare(Reference, Candidate, ["R"]);

        // Involving r: battles 3, 4, 5 (FDT agrees on 3 only); the rest: 1 and 2 (both agree).
        Assert.Equal((3, 1), (report.Involving!.Battles, report.Involving.FdtAgreements));
        Assert.Equal((2, 2), (report.Rest!.Battles, report.Rest.FdtAgreements));
    }

    [Fact]
    public void Compare_UnknownSplitSystem_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Agreement.Compare(Reference, Candidate, ["nope"]));

        Assert.Contains("\"nope\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoVerdictsForOneBattleInAFile_ThrowsNamingIt()
    {
        var twice = Set(V("1", "p", "q", A, "annotator:ann"), V("1", "q", "p", A, "annotator:bob"));

        var error = Assert.Throws<DataFormatException>(() => Agreement.Compare(twice, Candidate)).Errors.Single();

        Assert.Equal(2, error.Line);
        Assert.Contains("line 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NothingShared_LeavesRatesAndKappaUndefined()
    {
        var all = Agreement.Compare(Set(V("1", "p", "q", A)), Set(V("2", "p", "q", A))).All;

        Assert.Equal(0, all.Battles);
        Assert.Null(all.Fdt);
        Assert.Null(all.FdtKappa);
    }

    [Fact]
    public void Compare_AlwaysTheSameClass_KappaIsUndefined()
    {
        var all = Agreement.Compare(Set(V("1", "p", "q", A), V("2", "p", "q", A)), Set(V("1", "p", "q", A), V("2", "q", "p", B))).All;

        Assert.Equal(1.0, all.Fdt);
        Assert.Null(all.FdtKappa);
    }
}
