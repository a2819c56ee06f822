using Microsoft.Extensions.AI;
using Weft.Images;
using Weft.Runs;

namespace Weft.Tests.Runs;

public sealed class FactsIndexTests
{
    [Fact]
    public void Hold_FactsStayUntilTheLastItemOfEveryChunkHoldingThemIsDone()
    {
        var facts = new FactsIndex(new Dictionary<string, ImageFacts>());
        var first = facts.Hold(Facts("/a.png", "/shared.png"), items: 2);
        var second = facts.Hold(Facts("/b.png", "/shared.png"), items: 1);

        first.Done();
        Assert.Equal(3, facts.Count);
        first.Done();
        Assert.Null(facts.Sha256(Image("/a.png")));
        Assert.Equal("sha-/shared.png", facts.Sha256(Image("/shared.png")));
        Assert.Equal((8, 6), facts.Size(Image("/b.png")));

        second.Done();
        Assert.Equal(0, facts.Count);
        Assert.Null(facts.Size(Image("/shared.png")));
    }

    [Fact]
    public void Hold_PinnedFactsAreFoundWithoutBeingHeldOrLetGo()
    {
        var pinned = Facts("https://example.org/x.png");
        var facts = new FactsIndex(pinned);

        var lease = facts.Hold(Facts("https://example.org/x.png", "/a.png"), items: 1);
        lease.Done();

        Assert.Equal(0, facts.Count);
        Assert.Equal("sha-https://example.org/x.png", facts.Sha256(new UriContent(new Uri("https://example.org/x.png"), "image/png")));
    }

    private static Dictionary<string, ImageFacts> Facts(params string[] keys) =>
        keys.ToDictionary(k => k, k => new ImageFacts("sha-" + k, "image/png", 8, 6, 0, 0.5, 0.1), StringComparer.Ordinal);

    private static UriContent Image(string path) => new(new Uri("file://" + path), "image/png");
}
