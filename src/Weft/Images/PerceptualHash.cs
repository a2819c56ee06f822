namespace Weft.Images;

/// <summary>The DCT perceptual hash (pHash) of a 32 × 32 grey image.</summary>
/// <remarks>
/// Orthonormal 2-D DCT-II of the 32 × 32 grid; the 8 × 8 lowest frequencies are kept; the DC term (overall brightness)
/// is left out of the median and its bit is always 0, so 63 bits carry information. A bit is 1 when its coefficient is
/// above the median of the other 62 AC coefficients. Low frequencies survive resizing and re-encoding, so copies of an
/// image differ in few bits while unrelated images differ in about half.
/// </remarks>
internal static class PerceptualHash
{
    public const int Size = 32;
    private const int Kept = 8;
    private static readonly double[,] Basis = CreateBasis();

    public static ulong Compute(double[] grey)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(grey.Length, Size * Size, nameof(grey));

        // Columns first (only the 8 kept vertical frequencies), then rows.
        var partial = new double[Kept, Size];
        for (var v = 0; v < Kept; v++)
        {
            for (var x = 0; x < Size; x++)
            {
                double sum = 0;
                for (var y = 0; y < Size; y++)
                {
                    sum += Basis[v, y] * grey[(y * Size) + x];
                }

                partial[v, x] = sum;
            }
        }

        var coefficients = new double[Kept * Kept];
        for (var v = 0; v < Kept; v++)
        {
            for (var u = 0; u < Kept; u++)
            {
                double sum = 0;
                for (var x = 0; x < Size; x++)
                {
                    sum += Basis[u, x] * partial[v, x];
                }

                coefficients[(v * Kept) + u] = sum;
            }
        }

        var ac = coefficients[1..];
        Array.Sort(ac);
        var median = ac[ac.Length / 2];
        ulong hash = 0;
        for (var i = 1; i < coefficients.Length; i++)
        {
            if (coefficients[i] > median)
            {
                hash |= 1UL << i;
            }
        }

        return hash;
    }

    private static double[,] CreateBasis()
    {
        var basis = new double[Kept, Size];
        for (var k = 0; k < Kept; k++)
        {
            var scale = Math.Sqrt((k == 0 ? 1.0 : 2.0) / Size);
            for (var n = 0; n < Size; n++)
            {
                basis[k, n] = scale * Math.Cos(Math.PI * ((2 * n) + 1) * k / (2.0 * Size));
            }
        }

        return basis;
    }
}
