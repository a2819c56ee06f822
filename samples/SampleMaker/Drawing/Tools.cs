using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>Garden tools and the marks they leave: holes, soil, shovels, watering cans and brushes.</summary>
internal static class Tools
{
    public static void Hole(SKCanvas canvas, float x, float y, float width)
    {
        canvas.FillOval(x, y, width / 2, width * 0.16f, Palette.DarkSoil);
        canvas.FillOval(x, y - 2, width / 2, width * 0.09f, Palette.Soil);
        canvas.FillOval(x, y + 1, (width / 2) - 4, width * 0.1f, Palette.DarkSoil);
    }

    public static void SoilPile(SKCanvas canvas, float x, float y, float width) =>
        canvas.FillOval(x, y, width / 2, width * 0.22f, Palette.Soil);

    public static void Shovel(SKCanvas canvas, float x, float groundY)
    {
        canvas.Line(x, groundY - 78, x, groundY - 14, Palette.Trunk, 4);
        canvas.Line(x - 8, groundY - 78, x + 8, groundY - 78, Palette.Trunk, 4);
        canvas.FillPolygon(Palette.Metal, new(x - 9, groundY - 18), new(x + 9, groundY - 18), new(x + 8, groundY - 2), new(x, groundY + 4), new(x - 8, groundY - 2));
    }

    public static void WateringCan(SKCanvas canvas, float x, float y, bool pouring)
    {
        canvas.Line(x + 16, y - 4, x + 48, y - 20, Palette.Green, 5);
        canvas.Line(x - 20, y - 8, x - 8, y - 26, Palette.Green, 4);
        canvas.Line(x - 8, y - 26, x + 10, y - 26, Palette.Green, 4);
        canvas.FillRect(x - 20, y - 16, 38, 30, Palette.Green);
        if (pouring)
        {
            for (var drop = 0; drop < 5; drop++)
            {
                canvas.FillCircle(x + 50 + (drop % 2 * 6), y - 10 + (drop * 9), 2.5f, Palette.Water);
            }
        }
    }

    public static void Brush(SKCanvas canvas, SKPoint hand)
    {
        canvas.Line(hand.X, hand.Y, hand.X + 12, hand.Y - 8, Palette.Trunk, 3);
        canvas.FillRect(hand.X + 10, hand.Y - 16, 8, 9, Palette.Paint);
    }
}
