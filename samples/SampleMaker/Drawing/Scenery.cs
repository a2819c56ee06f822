using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>Backgrounds: sky, weather, sun and moon, ground, hills and water.</summary>
internal static class Scenery
{
    public const float Horizon = 160;

    // Eight ray directions as constants: library sine and cosine may round differently on other machines.
    private static readonly (float X, float Y)[] RayDirections =
    [
        (1f, 0f), (0.7071f, 0.7071f), (0f, 1f), (-0.7071f, 0.7071f),
        (-1f, 0f), (-0.7071f, -0.7071f), (0f, -1f), (0.7071f, -0.7071f),
    ];

    public static void Sky(SKCanvas canvas, SKColor color) => canvas.FillRect(0, 0, Picture.Width, Horizon, color);

    public static void SunsetSky(SKCanvas canvas)
    {
        const int Bands = 5;
        for (var band = 0; band < Bands; band++)
        {
            var color = Mix(Palette.SunsetHigh, Palette.SunsetLow, band, Bands - 1);
            canvas.FillRect(0, Horizon * band / Bands, Picture.Width, (Horizon / Bands) + 1, color);
        }
    }

    public static void Ground(SKCanvas canvas, SKColor color) =>
        canvas.FillRect(0, Horizon, Picture.Width, Picture.Height - Horizon, color);

    public static void Sun(SKCanvas canvas, float x, float y, float radius)
    {
        foreach (var (dx, dy) in RayDirections)
        {
            canvas.Line(x + (dx * radius * 1.35f), y + (dy * radius * 1.35f), x + (dx * radius * 1.8f), y + (dy * radius * 1.8f), Palette.Sun, 3);
        }

        canvas.FillCircle(x, y, radius, Palette.Sun);
    }

    public static void Moon(SKCanvas canvas, float x, float y, float radius)
    {
        canvas.FillCircle(x, y, radius, Palette.Moon);
        canvas.FillCircle(x - (radius * 0.3f), y - (radius * 0.2f), radius * 0.22f, Palette.Crater);
        canvas.FillCircle(x + (radius * 0.35f), y + (radius * 0.3f), radius * 0.15f, Palette.Crater);
    }

    public static void Stars(SKCanvas canvas, uint seed, int count)
    {
        var random = new Rng(seed);
        for (var i = 0; i < count; i++)
        {
            canvas.FillRect(random.Next(Picture.Width), random.Next((int)Horizon - 20), 2, 2, Palette.Star);
        }
    }

    public static void Rain(SKCanvas canvas, uint seed, int count)
    {
        var random = new Rng(seed);
        for (var i = 0; i < count; i++)
        {
            float x = random.Next(Picture.Width);
            float y = random.Next(Picture.Height - 20);
            canvas.Line(x, y, x - 3, y + 9, Palette.Rain, 1.5f);
        }
    }

    public static void Cloud(SKCanvas canvas, float x, float y, float size)
    {
        canvas.FillOval(x, y + (size * 0.15f), size * 1.1f, size * 0.35f, Palette.Cloud);
        canvas.FillCircle(x - (size * 0.45f), y, size * 0.4f, Palette.Cloud);
        canvas.FillCircle(x + (size * 0.1f), y - (size * 0.2f), size * 0.55f, Palette.Cloud);
        canvas.FillCircle(x + (size * 0.6f), y + (size * 0.05f), size * 0.38f, Palette.Cloud);
    }

    /// <summary>A rounded hill rising from the horizon, centred at <paramref name="x"/>.</summary>
    public static void Hill(SKCanvas canvas, float x, float width, float height)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(0, 0, Picture.Width, Horizon));
        canvas.FillOval(x, Horizon, width / 2, height, Palette.Hill);
        canvas.Restore();
    }

    public static void Lake(SKCanvas canvas, float x, float y, float width, float height)
    {
        canvas.FillOval(x, y, width / 2, height / 2, Palette.Water);
        canvas.Line(x - (width * 0.25f), y - (height * 0.1f), x - (width * 0.1f), y - (height * 0.1f), Palette.Ripple, 2);
        canvas.Line(x + (width * 0.05f), y + (height * 0.2f), x + (width * 0.25f), y + (height * 0.2f), Palette.Ripple, 2);
    }

    private static SKColor Mix(SKColor from, SKColor to, int step, int steps) => new(
        (byte)(from.Red + ((to.Red - from.Red) * step / steps)),
        (byte)(from.Green + ((to.Green - from.Green) * step / steps)),
        (byte)(from.Blue + ((to.Blue - from.Blue) * step / steps)));
}
