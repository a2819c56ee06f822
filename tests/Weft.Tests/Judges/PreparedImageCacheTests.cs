using Microsoft.Extensions.AI;
using Weft.Judges;

namespace Weft.Tests.Judges;

public sealed class PreparedImageCacheTests
{
    [Fact]
    public void Add_OverBudget_EvictsTheLeastRecentlyUsed()
    {
        var cache = new PreparedImageCache(capacityBytes: 250);
        cache.Add("a", Image(100));
        cache.Add("b", Image(100));
        Assert.True(cache.TryGet("a", out _));

        cache.Add("c", Image(100));

        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Add_ImageLargerThanTheBudget_IsNotKept()
    {
        var cache = new PreparedImageCache(capacityBytes: 50);

        cache.Add("big", Image(100));

        Assert.False(cache.TryGet("big", out _));
    }

    private static DataContent Image(int bytes) => new(new byte[bytes], "image/png");
}
