using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Metrics;

namespace Weft.Tests.Metrics;

public sealed class ImageQualityCountsTests
{
    private static UriContent Image(string name) => ContentImages.FromFile(Path.Combine(Path.GetTempPath(), "weft-metrics", name));

    private static ImageFacts Facts(string sha, ulong hash, double stdDev = 40) => new(sha, "image/png", 100, 100, hash, 120, stdDev);

    [Fact]
    public void Count_EachImageLandsInTheFirstClassThatApplies()
    {
        var facts = new Dictionary<string, ImageFacts>
        {
            [ContentImages.Key(Image("a"))] = Facts("A", 0xFF00FF00FF00FF00),
            [ContentImages.Key(Image("a-copy"))] = Facts("A", 0xFF00FF00FF00FF00),
            [ContentImages.Key(Image("a-near"))] = Facts("A2", 0xFF00FF00FF00FF3F), // 6 bits away
            [ContentImages.Key(Image("b"))] = Facts("B", 0x00FF00FF00FF00FF),
            [ContentImages.Key(Image("b-far"))] = Facts("B2", 0x00FF00FF00FF0080), // 7 bits away
            [ContentImages.Key(Image("blank1"))] = Facts("W", 0, stdDev: 0.5),
            [ContentImages.Key(Image("blank2"))] = Facts("W", 0, stdDev: 0.5),
        };
        AIContent[] images =
        [
            Image("a"), Image("a-copy"), Image("a-near"), Image("b"), Image("b-far"), Image("blank1"), Image("blank2"), Image("missing"),
        ];

        var counts = ImageQualityCounts.Count(images, facts, blankStdDev: 4, nearDistance: 6);

        Assert.Equal(new ImageQualityCounts(Images: 8, Undecodable: 1, Blank: 2, ExactDuplicates: 1, NearDuplicates: 1), counts);
        Assert.Equal(3, counts.Ok);
    }

    [Fact]
    public void Count_NoImages_IsAllZero()
    {
        var counts = ImageQualityCounts.Count([], new Dictionary<string, ImageFacts>(), blankStdDev: 4, nearDistance: 6);

        Assert.Equal(new ImageQualityCounts(0, 0, 0, 0, 0), counts);
    }
}
