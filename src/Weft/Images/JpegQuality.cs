namespace Weft.Images;

/// <summary>Estimates the quality a JPEG was saved at from its luminance quantisation table, without decoding it.</summary>
/// <remarks>
/// Encoders derived from the IJG code (libjpeg, libjpeg-turbo, Skia, Pillow, most cameras' firmware) scale one standard
/// table (ITU T.81 Annex K) by the quality; comparing the sum of the file's table with the scaled standard one recovers
/// that quality to within about one step. Tables from other encoders give a comparable "as coarse as quality q".
/// </remarks>
internal static class JpegQuality
{
    private static readonly int[] StandardLuma =
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ];

    /// <summary>The sum of the standard luminance table scaled to <paramref name="quality"/> (1–100) as IJG does it.</summary>
    public static int TableSum(int quality)
    {
        var scale = quality < 50 ? 5000 / quality : 200 - (2 * quality);
        var sum = 0;
        foreach (var value in StandardLuma)
        {
            sum += Math.Clamp(((value * scale) + 50) / 100, 1, 255);
        }

        return sum;
    }

    /// <summary>The sum of the first luminance (table 0) quantisation table, or null when the bytes hold none before the scan.</summary>
    public static int? LumaTableSum(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }

        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is 0xDA or 0xD9)
            {
                return null;
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            var end = at + 2 + length;
            if (length < 2 || end > jpeg.Length)
            {
                return null;
            }

            if (marker == 0xDB && TableZero(jpeg[(at + 4)..end]) is { } sum)
            {
                return sum;
            }

            at = end;
        }

        return null;
    }

    // A DQT segment holds one or more tables: a byte of precision (high nibble) and id (low nibble), then 64 values.
    private static int? TableZero(ReadOnlySpan<byte> segment)
    {
        var at = 0;
        while (at < segment.Length)
        {
            var wide = segment[at] >> 4 != 0;
            var id = segment[at] & 0x0F;
            var size = wide ? 128 : 64;
            if (at + 1 + size > segment.Length)
            {
                return null;
            }

            if (id == 0)
            {
                var sum = 0;
                for (var i = 0; i < 64; i++)
                {
                    sum += wide ? (segment[at + 1 + (2 * i)] << 8) | segment[at + 2 + (2 * i)] : segment[at + 1 + i];
                }

                return sum;
            }

            at += 1 + size;
        }

        return null;
    }
}
