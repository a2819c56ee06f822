namespace Weft.Metrics.Reference;

/// <summary>Mean structural similarity (SSIM) of two grey images of the same size, as defined by Wang et al. (2004).</summary>
/// <remarks>
/// Local statistics use an 11 × 11 Gaussian window (σ = 1.5, weights summing to 1) over every position where the
/// window fits inside the image (the "valid" region, as in the authors' reference code); K1 = 0.01, K2 = 0.03 and
/// L = 255, so C1 = (K1·L)² and C2 = (K2·L)². The result is the mean of the SSIM map, from −1 to 1 (1 only for equal images).
/// </remarks>
internal static class Ssim
{
    public const int Window = 11;
    public const double Sigma = 1.5;
    private const double C1 = 0.01 * 255 * 0.01 * 255;
    private const double C2 = 0.03 * 255 * 0.03 * 255;
    private static readonly double[] Weights = GaussianWeights();

    /// <summary>Mean SSIM of two row-major luma images (0–255) of <paramref name="width"/> × <paramref name="height"/>, each side at least 11.</summary>
    public static double Mean(double[] first, double[] second, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, Window);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, Window);
        ArgumentOutOfRangeException.ThrowIfNotEqual(first.Length, width * height, nameof(first));
        ArgumentOutOfRangeException.ThrowIfNotEqual(second.Length, width * height, nameof(second));

        var squareX = new double[first.Length];
        var squareY = new double[first.Length];
        var product = new double[first.Length];
        for (var i = 0; i < first.Length; i++)
        {
            squareX[i] = first[i] * first[i];
            squareY[i] = second[i] * second[i];
            product[i] = first[i] * second[i];
        }

        var (w, h) = (width - Window + 1, height - Window + 1);
        var muX = Filter(first, width, height);
        var muY = Filter(second, width, height);
        var xx = Filter(squareX, width, height);
        var yy = Filter(squareY, width, height);
        var xy = Filter(product, width, height);
        double sum = 0;
        for (var i = 0; i < w * h; i++)
        {
            var (mx, my) = (muX[i], muY[i]);
            var varianceX = xx[i] - (mx * mx);
            var varianceY = yy[i] - (my * my);
            var covariance = xy[i] - (mx * my);
            sum += ((2 * mx * my) + C1) * ((2 * covariance) + C2) / (((mx * mx) + (my * my) + C1) * (varianceX + varianceY + C2));
        }

        return sum / (w * h);
    }

    // The Gaussian is separable: filter rows, then columns, keeping only positions where the window fits.
    private static double[] Filter(double[] image, int width, int height)
    {
        var w = width - Window + 1;
        var h = height - Window + 1;
        var rows = new double[w * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < w; x++)
            {
                double sum = 0;
                for (var k = 0; k < Window; k++)
                {
                    sum += Weights[k] * image[(y * width) + x + k];
                }

                rows[(y * w) + x] = sum;
            }
        }

        var result = new double[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                double sum = 0;
                for (var k = 0; k < Window; k++)
                {
                    sum += Weights[k] * rows[((y + k) * w) + x];
                }

                result[(y * w) + x] = sum;
            }
        }

        return result;
    }

    private static double[] GaussianWeights()
    {
        var weights = new double[Window];
        var centre = Window / 2;
        for (var i = 0; i < Window; i++)
        {
            var d = i - centre;
            weights[i] = Math.Exp(-(d * d) / (2 * Sigma * Sigma));
        }

        var total = weights.Sum();
        return [.. weights.Select(v => v / total)];
    }
}
