using Weft.Metrics.Reference;

namespace Weft.Tests.Metrics.Reference;

public sealed class ReferenceMetricNamesTests
{
    [Fact]
    public void Parse_MixedCaseAndStoredNames_GivesMetricsOnceInOrder() =>
        Assert.Equal(
            [ReferenceMetric.Bleu, ReferenceMetric.RougeL, ReferenceMetric.Ssim, ReferenceMetric.Phash],
            ReferenceMetricNames.Parse("BLEU, rougel,ref.ssim,phash,bleu"));

    [Theory]
    [InlineData("bleu,meteor", "unknown metric 'meteor'; valid metrics are bleu, rougeL, ssim, phash")]
    [InlineData(" , ", "no metric named; valid metrics are bleu, rougeL, ssim, phash")]
    public void Parse_BadList_ThrowsListingValidNames(string list, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => ReferenceMetricNames.Parse(list)).Message);

    [Fact]
    public void Names_AllReferenceBasedAndDescribed()
    {
        Assert.Equal(["ref.bleu4", "ref.rougeL", "ref.ssim", "ref.phash"], ReferenceMetricNames.Names);
        Assert.All(ReferenceMetricNames.Names, name =>
        {
            Assert.True(ReferenceMetricNames.IsReferenceBased(name));
            Assert.Contains("0-1", ReferenceMetricNames.Describe(name), StringComparison.Ordinal);
        });
        Assert.False(ReferenceMetricNames.IsReferenceBased("text.words"));
    }
}
