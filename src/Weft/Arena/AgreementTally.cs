using Weft.Protocols;

namespace Weft.Arena;

/// <summary>Counts reference × candidate verdict pairs in the FDT (2-class) and with-tie (3-class) tables.</summary>
internal sealed class AgreementTally
{
    private readonly int[,] fdt = new int[2, 2];
    private readonly int[,] withTie = new int[3, 3];

    public void Add(PairwiseWinner reference, PairwiseWinner candidate)
    {
        fdt[Fdt(reference), Fdt(candidate)]++;
        withTie[ThreeClass(reference), ThreeClass(candidate)]++;
    }

    public AgreementStats Stats()
    {
        var battles = 0;
        foreach (var count in withTie)
        {
            battles += count;
        }

        var fdtAgree = fdt[0, 0] + fdt[1, 1];
        var withTieAgree = withTie[0, 0] + withTie[1, 1] + withTie[2, 2];
        var decisive = withTie[0, 0] + withTie[0, 1] + withTie[1, 0] + withTie[1, 1];
        var decisiveAgree = withTie[0, 0] + withTie[1, 1];
        return new AgreementStats(
            battles,
            fdtAgree,
            Share(fdtAgree, battles),
            CohenKappa.Of(fdt),
            withTieAgree,
            Share(withTieAgree, battles),
            CohenKappa.Of(withTie),
            decisive,
            decisiveAgree,
            Share(decisiveAgree, decisive),
            [.. Enumerable.Range(0, 3).Select(r => (IReadOnlyList<int>)[.. Enumerable.Range(0, 3).Select(c => withTie[r, c])])]);
    }

    // PROTOCOLS.md §2: for FDT agreement a plain tie is read as A (in the reference's orientation).
    private static int Fdt(PairwiseWinner winner) => winner is PairwiseWinner.B or PairwiseWinner.TieB ? 1 : 0;

    private static int ThreeClass(PairwiseWinner winner) => winner switch
    {
        PairwiseWinner.A => 0,
        PairwiseWinner.B => 1,
        _ => 2,
    };

    private static double? Share(int part, int whole) => whole > 0 ? (double)part / whole : null;
}
