using SkiaSharp;

namespace Weft.Images;

/// <summary>Small grey copies of an image for statistics and hashing, made by exact area averaging.</summary>
internal static class LumaGrid
{
    /// <summary>A <paramref name="size"/> × <paramref name="size"/> grid of Rec. 601 luma (0–255), row-major, composited over white.</summary>
    /// <remarks>
    /// Each cell is the mean of the source pixels that fall in it, so no source pixel is skipped however large the
    /// reduction; a source smaller than the grid repeats its pixels. Transparent areas count as white, as most viewers
    /// and judges' renderers show them.
    /// </remarks>
    public static double[] From(SKBitmap bitmap, int size)
    {
        // Premultiplied RGBA over white: channel + (255 - alpha).
        var pixels = bitmap.GetPixelSpan();
        var (w, h, rowBytes) = (bitmap.Width, bitmap.Height, bitmap.RowBytes);
        var grid = new double[size * size];
        for (var cy = 0; cy < size; cy++)
        {
            var (y0, y1) = Range(cy, h, size);
            for (var cx = 0; cx < size; cx++)
            {
                var (x0, x1) = Range(cx, w, size);
                double sum = 0;
                for (var y = y0; y < y1; y++)
                {
                    var row = pixels.Slice(y * rowBytes);
                    for (var x = x0; x < x1; x++)
                    {
                        var p = row.Slice(x * 4, 4);
                        var white = 255 - p[3];
                        sum += (0.299 * (p[0] + white)) + (0.587 * (p[1] + white)) + (0.114 * (p[2] + white));
                    }
                }

                grid[(cy * size) + cx] = sum / ((y1 - y0) * (x1 - x0));
            }
        }

        return grid;
    }

    /// <summary>Halves a square grid by averaging 2 × 2 blocks.</summary>
    public static double[] Halve(double[] grid, int size)
    {
        var half = size / 2;
        var result = new double[half * half];
        for (var y = 0; y < half; y++)
        {
            for (var x = 0; x < half; x++)
            {
                var i = (2 * y * size) + (2 * x);
                result[(y * half) + x] = (grid[i] + grid[i + 1] + grid[i + size] + grid[i + size + 1]) / 4;
            }
        }

        return result;
    }

    /// <summary>Mean and population standard deviation of a grid.</summary>
    public static (double Mean, double StdDev) Statistics(double[] grid)
    {
        var mean = grid.Average();
        var variance = grid.Sum(v => (v - mean) * (v - mean)) / grid.Length;
        return (mean, Math.Sqrt(variance));
    }

    // Source indices [start, end) of a cell; at least one pixel even when the source is smaller than the grid.
    private static (int Start, int End) Range(int cell, int length, int size)
    {
        var start = (int)((long)cell * length / size);
        var end = (int)((long)(cell + 1) * length / size);
        return (start, Math.Max(end, start + 1));
    }
}
