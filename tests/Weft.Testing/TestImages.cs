using SkiaSharp;

namespace Weft.Testing;

/// <summary>Small images made by code, encoded as real PNG or JPEG files, for tests that need image bytes.</summary>
public static class TestImages
{
    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> pixels (each at least 1) filled with <paramref name="color"/>.</summary>
    public static byte[] Png(int width, int height, SKColor color) =>
        Encode(width, height, canvas => canvas.Clear(color), SKEncodedImageFormat.Png, 100);

    /// <summary>A JPEG of <paramref name="width"/> × <paramref name="height"/> pixels filled with <paramref name="color"/>, at <paramref name="quality"/> 1–100 (default 90).</summary>
    public static byte[] Jpeg(int width, int height, SKColor color, int quality = 90)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        return Encode(width, height, canvas => canvas.Clear(color), SKEncodedImageFormat.Jpeg, quality);
    }

    /// <summary>A PNG with a left-to-right gradient from <paramref name="from"/> to <paramref name="to"/>, for tests that need pixels that differ.</summary>
    public static byte[] Gradient(int width, int height, SKColor from, SKColor to) =>
        Encode(width, height, canvas =>
        {
            using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, 0), [from, to], SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, width, height, paint);
        }, SKEncodedImageFormat.Png, 100);

    private static byte[] Encode(int width, int height, Action<SKCanvas> draw, SKEncodedImageFormat format, int quality)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            draw(canvas);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }
}
