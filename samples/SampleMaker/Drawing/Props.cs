using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>Houses, trees and ladders: the fixed furniture of the sample scenes.</summary>
internal static class Props
{
    public static void House(SKCanvas canvas, float x, float groundY, float width, bool litWindows = false, bool snowyRoof = false)
    {
        var height = width * 0.7f;
        var top = groundY - height;
        canvas.FillRect(x, top, width, height, Palette.Wall);
        canvas.FillPolygon(Palette.Roof, new(x - 8, top), new(x + width + 8, top), new(x + (width / 2), top - (width * 0.45f)));
        if (snowyRoof)
        {
            canvas.FillPolygon(Palette.Snow, new(x + (width * 0.22f), top - (width * 0.25f)), new(x + (width * 0.78f), top - (width * 0.25f)), new(x + (width / 2), top - (width * 0.45f)));
        }

        canvas.FillRect(x + (width * 0.42f), groundY - (height * 0.55f), width * 0.18f, height * 0.55f, Palette.Door);
        var window = litWindows ? Palette.LitWindow : Palette.Window;
        foreach (var left in new[] { x + (width * 0.1f), x + (width * 0.7f) })
        {
            canvas.FillRect(left, top + (height * 0.2f), width * 0.2f, width * 0.2f, window);
            canvas.Line(left + (width * 0.1f), top + (height * 0.2f), left + (width * 0.1f), top + (height * 0.2f) + (width * 0.2f), Palette.Door, 1.5f);
        }
    }

    public static void Tree(SKCanvas canvas, float x, float groundY, float height, bool snowy = false)
    {
        canvas.FillRect(x - (height * 0.06f), groundY - (height * 0.5f), height * 0.12f, height * 0.5f, Palette.Trunk);
        canvas.FillCircle(x - (height * 0.17f), groundY - (height * 0.55f), height * 0.2f, Palette.Leaves);
        canvas.FillCircle(x + (height * 0.17f), groundY - (height * 0.55f), height * 0.2f, Palette.Leaves);
        canvas.FillCircle(x, groundY - (height * 0.72f), height * 0.26f, Palette.LightLeaves);
        if (snowy)
        {
            canvas.FillOval(x, groundY - (height * 0.93f), height * 0.17f, height * 0.06f, Palette.Snow);
            canvas.FillOval(x - (height * 0.22f), groundY - (height * 0.72f), height * 0.1f, height * 0.04f, Palette.Snow);
            canvas.FillOval(x + (height * 0.22f), groundY - (height * 0.72f), height * 0.1f, height * 0.04f, Palette.Snow);
        }
    }

    public static void Sapling(SKCanvas canvas, float x, float groundY, float height)
    {
        canvas.Line(x, groundY, x, groundY - (height * 0.6f), Palette.Trunk, 4);
        canvas.FillCircle(x, groundY - (height * 0.72f), height * 0.28f, Palette.LightLeaves);
        canvas.FillCircle(x - (height * 0.15f), groundY - (height * 0.6f), height * 0.16f, Palette.Leaves);
    }

    public static void Fence(SKCanvas canvas, float x0, float x1, float groundY, float paintedTo)
    {
        const float Picket = 12;
        const float Gap = 6;
        const float Tall = 52;
        canvas.FillRect(x0, groundY - 40, x1 - x0, 5, Palette.Trunk);
        canvas.FillRect(x0, groundY - 18, x1 - x0, 5, Palette.Trunk);
        for (var left = x0; left + Picket <= x1; left += Picket + Gap)
        {
            var color = left + (Picket / 2) < paintedTo ? Palette.Paint : Palette.Wood;
            canvas.FillPolygon(
                color,
                new(left, groundY),
                new(left, groundY - Tall + 6),
                new(left + (Picket / 2), groundY - Tall),
                new(left + Picket, groundY - Tall + 6),
                new(left + Picket, groundY));
        }
    }

    public static void Ladder(SKCanvas canvas, SKPoint foot, SKPoint top)
    {
        const float Half = 9;
        canvas.Line(foot.X - Half, foot.Y, top.X - Half, top.Y, Palette.Metal, 3);
        canvas.Line(foot.X + Half, foot.Y, top.X + Half, top.Y, Palette.Metal, 3);
        for (var step = 1; step < 8; step++)
        {
            var x = foot.X + ((top.X - foot.X) * step / 8);
            var y = foot.Y + ((top.Y - foot.Y) * step / 8);
            canvas.Line(x - Half, y, x + Half, y, Palette.Metal, 2);
        }
    }
}
