using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>Flat geometric objects with a soft shadow, for the shape-editing pictures.</summary>
internal static class Shapes
{
    private static readonly SKColor Shadow = new(0xC9, 0xC3, 0xB4);

    public static void Board(SKCanvas canvas)
    {
        canvas.FillRect(0, 0, Picture.Width, Picture.Height, Palette.Paper);
        canvas.FillRect(0, 190, Picture.Width, 50, new SKColor(0xE4, 0xDC, 0xC8));
    }

    public static void Square(SKCanvas canvas, float cx, float cy, float size, SKColor color)
    {
        canvas.FillRect(cx - (size / 2) + 5, cy - (size / 2) + 5, size, size, Shadow);
        canvas.FillRect(cx - (size / 2), cy - (size / 2), size, size, color);
    }

    public static void Circle(SKCanvas canvas, float cx, float cy, float radius, SKColor color)
    {
        canvas.FillCircle(cx + 5, cy + 5, radius, Shadow);
        canvas.FillCircle(cx, cy, radius, color);
    }

    public static void Triangle(SKCanvas canvas, float cx, float cy, float size, SKColor color)
    {
        canvas.FillPolygon(Shadow, new(cx + 5, cy - (size / 2) + 5), new(cx + (size / 2) + 5, cy + (size / 2) + 5), new(cx - (size / 2) + 5, cy + (size / 2) + 5));
        canvas.FillPolygon(color, new(cx, cy - (size / 2)), new(cx + (size / 2), cy + (size / 2)), new(cx - (size / 2), cy + (size / 2)));
    }
}
