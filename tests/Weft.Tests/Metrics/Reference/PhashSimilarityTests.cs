using Weft.Metrics.Reference;

namespace Weft.Tests.Metrics.Reference;

public sealed class PhashSimilarityTests
{
    [Theory]
    [InlineData(0xF0F0_0000_1234_5678UL, 0xF0F0_0000_1234_5678UL, 1.0)]
    [InlineData(0x0000_0000_0000_0000UL, 0x0000_0000_0000_FFFFUL, 0.75)]
    [InlineData(0x0000_0000_0000_0000UL, 0xFFFF_FFFF_FFFF_FFFEUL, 1.0 / 64)]
    public void Of_TwoHashes_IsOneMinusHammingOver64(ulong first, ulong second, double expected)
    {
        Assert.Equal(expected, PhashSimilarity.Of(first, second), 15);
        Assert.Equal(expected, PhashSimilarity.Of(second, first), 15);
    }
}
