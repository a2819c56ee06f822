using Weft.Arena;
using Weft.Protocols;

namespace Weft.Tests.Arena;

public sealed class PairwiseOrderCombinerTests
{
    private static readonly PairwiseWinner[] All = Enum.GetValues<PairwiseWinner>();

    [Theory]
    [InlineData(PairwiseWinner.A, PairwiseWinner.A, PairwiseWinner.A)]
    [InlineData(PairwiseWinner.A, PairwiseWinner.TieA, PairwiseWinner.A)]
    [InlineData(PairwiseWinner.A, PairwiseWinner.Tie, PairwiseWinner.TieA)]
    [InlineData(PairwiseWinner.A, PairwiseWinner.TieB, PairwiseWinner.TieA)]
    [InlineData(PairwiseWinner.A, PairwiseWinner.B, PairwiseWinner.Tie)]
    [InlineData(PairwiseWinner.TieA, PairwiseWinner.TieA, PairwiseWinner.TieA)]
    [InlineData(PairwiseWinner.TieA, PairwiseWinner.TieB, PairwiseWinner.Tie)]
    [InlineData(PairwiseWinner.TieB, PairwiseWinner.B, PairwiseWinner.B)]
    [InlineData(PairwiseWinner.Tie, PairwiseWinner.Tie, PairwiseWinner.Tie)]
    [InlineData(PairwiseWinner.B, PairwiseWinner.B, PairwiseWinner.B)]
    public void Combine_KnownPairs_FollowTheDocumentedRule(PairwiseWinner first, PairwiseWinner second, PairwiseWinner expected)
    {
        Assert.Equal(expected, PairwiseOrderCombiner.Combine(first, second));
        Assert.Equal(expected, PairwiseOrderCombiner.Combine(second, first));
    }

    [Fact]
    public void Combine_EveryPair_SwappingSidesSwapsTheResult()
    {
        foreach (var x in All)
        {
            foreach (var y in All)
            {
                var flipped = PairwiseOrderCombiner.Combine(PairwiseWinners.Flip(x), PairwiseWinners.Flip(y));
                Assert.Equal(PairwiseWinners.Flip(PairwiseOrderCombiner.Combine(x, y)), flipped);
            }
        }
    }

    [Theory]
    [InlineData(PairwiseWinner.A, PairwiseWinner.TieA, true)]
    [InlineData(PairwiseWinner.TieB, PairwiseWinner.B, true)]
    [InlineData(PairwiseWinner.TieA, PairwiseWinner.TieB, false)]
    [InlineData(PairwiseWinner.Tie, PairwiseWinner.A, true)]
    [InlineData(PairwiseWinner.Tie, PairwiseWinner.B, false)]
    public void AgreeForced_TiesForcedToTheirLeaning(PairwiseWinner first, PairwiseWinner second, bool expected) =>
        Assert.Equal(expected, PairwiseOrderCombiner.AgreeForced(first, second));
}
