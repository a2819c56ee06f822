namespace Weft.Server.Tests;

public sealed class RatingScaleTests
{
    [Fact]
    public void Label_FourPoints_EveryPointNamed() =>
        Assert.Equal(["poor", "fair", "good", "excellent"], Enumerable.Range(0, 4).Select(s => RatingScale.Default.Label(s)));

    [Fact]
    public void Label_TenPoints_OnlyTheEndsNamed()
    {
        var scale = new RatingScale(0, 9);

        Assert.Equal("fails completely", scale.Label(0));
        Assert.Equal("excellent", scale.Label(9));
        Assert.Null(scale.Label(5));
        Assert.Null(scale.Label(10));
    }
}
