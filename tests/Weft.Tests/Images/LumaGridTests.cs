using SkiaSharp;
using Weft.Images;

namespace Weft.Tests.Images;

public sealed class LumaGridTests
{
    [Fact]
    public void From_SourceSmallerThanTheGrid_RepeatsItsPixels()
    {
        using var bitmap = TestImages.FromPixels(2, 1, (x, _) => x == 0 ? SKColors.Black : SKColors.White);

        var grid = LumaGrid.From(bitmap, 4);

        Assert.Equal([0, 0, 255, 255], grid[..4].Select(v => Math.Round(v, 6)));
        Assert.Equal(grid[..4], grid[12..]);
    }

    [Fact]
    public void From_SourceLargerThanTheGrid_AveragesEachCell()
    {
        using var bitmap = TestImages.FromPixels(4, 2, (x, y) => x == 0 && y == 0 ? SKColors.White : SKColors.Black);

        var grid = LumaGrid.From(bitmap, 2);

        Assert.Equal([127.5, 0, 0, 0], grid.Select(v => Math.Round(v, 6)));
    }

    [Fact]
    public void Halve_AveragesTwoByTwoBlocks()
    {
        double[] grid = [0, 4, 8, 8, 2, 2, 8, 8, 1, 1, 1, 1, 1, 1, 1, 5];

        Assert.Equal([2.0, 8, 1, 2], LumaGrid.Halve(grid, 4));
    }

    [Fact]
    public void Statistics_GiveMeanAndPopulationStandardDeviation()
    {
        var (mean, stdDev) = LumaGrid.Statistics([2, 4, 4, 4, 5, 5, 7, 9]);

        Assert.Equal(5, mean);
        Assert.Equal(2, stdDev);
    }
}
