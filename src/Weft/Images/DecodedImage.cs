using SkiaSharp;

namespace Weft.Images;

/// <summary>A decoded, upright bitmap (premultiplied RGBA, sRGB) and the full upright size of the image it came from.</summary>
/// <remarks>The bitmap may be smaller than <see cref="Width"/> × <see cref="Height"/> when the codec decoded at a reduced scale.</remarks>
internal sealed class DecodedImage(SKBitmap bitmap, int width, int height) : IDisposable
{
    public SKBitmap Bitmap { get; } = bitmap;

    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>Whether every pixel is fully opaque (the codec said so, or no pixel has alpha below 255).</summary>
    public bool IsOpaque()
    {
        if (Bitmap.AlphaType == SKAlphaType.Opaque)
        {
            return true;
        }

        var pixels = Bitmap.GetPixelSpan();
        var rowBytes = Bitmap.RowBytes;
        for (var y = 0; y < Bitmap.Height; y++)
        {
            var row = pixels.Slice(y * rowBytes, Bitmap.Width * 4);
            for (var i = 3; i < row.Length; i += 4)
            {
                if (row[i] != 255)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public void Dispose() => Bitmap.Dispose();
}
