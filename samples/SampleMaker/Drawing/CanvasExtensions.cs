using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>Filled and stroked shapes in one call each, so that scene code reads like a description of the scene.</summary>
internal static class CanvasExtensions
{
    public static void FillRect(this SKCanvas canvas, float x, float y, float width, float height, SKColor color)
    {
        // Rectangles stay on whole pixels without anti-aliasing: crisp edges, and no blending to vary between machines.
        using var paint = new SKPaint { Color = color, IsAntialias = false, Style = SKPaintStyle.Fill };
        canvas.DrawRect(x, y, width, height, paint);
    }

    public static void FillCircle(this SKCanvas canvas, float cx, float cy, float radius, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawCircle(cx, cy, radius, paint);
    }

    public static void FillOval(this SKCanvas canvas, float cx, float cy, float rx, float ry, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawOval(cx, cy, rx, ry, paint);
    }

    public static void FillPolygon(this SKCanvas canvas, SKColor color, params ReadOnlySpan<SKPoint> points)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(points[0]);
        foreach (var point in points[1..])
        {
            builder.LineTo(point);
        }

        builder.Close();
        using var path = builder.Detach();
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
    }

    public static void Line(this SKCanvas canvas, float x0, float y0, float x1, float y1, SKColor color, float width)
    {
        using var paint = new SKPaint
        {
            Color = color,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            StrokeCap = SKStrokeCap.Round,
        };
        canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    public static void Polyline(this SKCanvas canvas, SKColor color, float width, params ReadOnlySpan<SKPoint> points)
    {
        for (var i = 1; i < points.Length; i++)
        {
            canvas.Line(points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y, color, width);
        }
    }
}
