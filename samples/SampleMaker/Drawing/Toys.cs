using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>The objects the stories are about: a kite, a balloon, a toy boat and a snowman.</summary>
internal static class Toys
{
    public static void Kite(SKCanvas canvas, float x, float y, float size, SKColor color, SKPoint hand)
    {
        var bottom = new SKPoint(x, y + size);
        canvas.Line(bottom.X, bottom.Y, hand.X, hand.Y, Palette.Ink, 1);
        canvas.Polyline(Palette.Ink, 1.5f, bottom, new(x - 8, y + size + 12), new(x + 4, y + size + 24), new(x - 6, y + size + 36));
        foreach (var (bx, by) in new[] { (x - 8f, y + size + 12), (x + 4f, y + size + 24) })
        {
            canvas.FillPolygon(Palette.Yellow, new(bx - 5, by - 3), new(bx + 5, by + 3), new(bx + 5, by - 3), new(bx - 5, by + 3));
        }

        canvas.FillPolygon(color, new(x, y - size), new(x + (size * 0.7f), y), bottom, new(x - (size * 0.7f), y));
        canvas.Line(x, y - size, x, y + size, Palette.Ink, 1);
        canvas.Line(x - (size * 0.7f), y, x + (size * 0.7f), y, Palette.Ink, 1);
    }

    public static void Balloon(SKCanvas canvas, float x, float y, float radius, SKColor color, SKPoint? anchor)
    {
        var knot = new SKPoint(x, y + (radius * 1.2f));
        var end = anchor ?? new SKPoint(x + 4, knot.Y + (radius * 2));
        canvas.Polyline(Palette.Ink, 1, knot, new(x - 4, (knot.Y + end.Y) / 2), end);
        canvas.FillOval(x, y, radius, radius * 1.2f, color);
        canvas.FillPolygon(color, new(x, knot.Y - 3), new(x + 4, knot.Y + 4), new(x - 4, knot.Y + 4));
        canvas.FillOval(x - (radius * 0.35f), y - (radius * 0.45f), radius * 0.18f, radius * 0.28f, Palette.Cloud);
    }

    public static void Boat(SKCanvas canvas, float x, float waterY, float size)
    {
        canvas.FillPolygon(Palette.Wood, new(x - size, waterY - (size * 0.35f)), new(x + size, waterY - (size * 0.35f)), new(x + (size * 0.65f), waterY + 2), new(x - (size * 0.65f), waterY + 2));
        canvas.Line(x, waterY - (size * 0.35f), x, waterY - (size * 1.6f), Palette.Trunk, 2);
        canvas.FillPolygon(Palette.Paper, new(x + 2, waterY - (size * 1.55f)), new(x + 2, waterY - (size * 0.45f)), new(x + (size * 0.8f), waterY - (size * 0.45f)));
    }

    /// <summary>A snowman of one to three balls; <paramref name="melt"/> below 1 shrinks it and leaves a puddle.</summary>
    public static void Snowman(SKCanvas canvas, float x, float groundY, int balls, bool dressed, SKColor? hat, bool hatTilted = false, float melt = 1)
    {
        float[] radii = [26 * melt, 19 * melt, 13 * melt];
        if (melt < 1)
        {
            canvas.FillOval(x + 6, groundY + 2, 40, 6, Palette.Ripple);
        }

        var centre = groundY;
        var top = groundY;
        for (var ball = 0; ball < balls; ball++)
        {
            centre = ball == 0 ? groundY - radii[0] : centre - radii[ball - 1] - (radii[ball] * 0.8f);
            canvas.FillCircle(x, centre, radii[ball] + 1.5f, Palette.SnowShade);
            canvas.FillCircle(x, centre, radii[ball], Palette.Snow);
            top = centre - radii[ball];
        }

        if (!dressed || balls < 3)
        {
            return;
        }

        var head = centre;
        canvas.FillCircle(x - 4, head - 3, 2, Palette.Ink);
        canvas.FillCircle(x + 4, head - 3, 2, Palette.Ink);
        canvas.FillPolygon(Palette.Carrot, new(x, head), new(x + 13, head + 2), new(x, head + 4));
        canvas.FillCircle(x, centre + radii[2] + (radii[1] * 0.5f), 2, Palette.Ink);
        if (hat is { } hatColor)
        {
            var lift = hatTilted ? 5f : 0f;
            canvas.FillPolygon(hatColor, new(x - 14, top + 2 + lift), new(x + 14, top + 2 - lift), new(x + 14, top - 2 - lift), new(x - 14, top - 2 + lift));
            canvas.FillPolygon(hatColor, new(x - 9, top - 1 + lift), new(x + 9, top - 1 - lift), new(x + 9 - lift, top - 17 - lift), new(x - 9 - lift, top - 17 + lift));
        }
    }
}
