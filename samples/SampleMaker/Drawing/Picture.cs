using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>Renders a drawing to PNG bytes, and builds the deliberately poor pictures of the weak system.</summary>
internal static class Picture
{
    public const int Width = 320;
    public const int Height = 240;

    public static byte[] RenderPng(Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>One flat colour: what a broken generator returns.</summary>
    public static Action<SKCanvas> Uniform(SKColor color) => canvas => canvas.Clear(color);

    /// <summary>A washed-out picture with a faint band: blank to the eye, not byte-for-byte flat.</summary>
    public static Action<SKCanvas> NearUniform(SKColor color) => canvas =>
    {
        canvas.Clear(color);
        var faint = new SKColor((byte)(color.Red - 6), (byte)(color.Green - 6), (byte)(color.Blue - 4));
        canvas.FillRect(0, Height * 2 / 3, Width, Height / 3, faint);
    };

    /// <summary>The same drawing nudged a pixel, enlarged by 1% and warmed a little: a near-duplicate.</summary>
    public static Action<SKCanvas> NearCopy(Action<SKCanvas> draw) => canvas =>
    {
        float[] warm =
        [
            1.02f, 0, 0, 0, 0,
            0, 1.00f, 0, 0, 0,
            0, 0, 0.98f, 0, 0,
            0, 0, 0, 1, 0,
        ];
        using var filter = SKColorFilter.CreateColorMatrix(warm);
        using var paint = new SKPaint { ColorFilter = filter };
        canvas.SaveLayer(paint);
        // Enlarging by 1% around the centre keeps the shifted drawing covering the whole frame.
        canvas.Translate(Width / 2f + 1, Height / 2f + 1);
        canvas.Scale(1.01f);
        canvas.Translate(-Width / 2f, -Height / 2f);
        draw(canvas);
        canvas.Restore();
    };
}
