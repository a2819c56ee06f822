using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>Stick figures with a coloured shirt, so that characters stay recognisable from picture to picture.</summary>
internal static class Figures
{
    /// <summary>Draws a person standing on <paramref name="groundY"/> and returns where the right hand is.</summary>
    public static SKPoint Person(SKCanvas canvas, float x, float groundY, float height, SKColor shirt, Pose pose)
    {
        var head = height * 0.11f;
        var top = groundY - height;
        var neck = top + (2 * head);
        var shoulder = neck + (height * 0.06f);
        var hip = groundY - (height * 0.42f);
        var limb = Math.Max(2f, height * 0.045f);

        canvas.Line(x, hip, x - (height * 0.15f), groundY, Palette.Ink, limb);
        canvas.Line(x, hip, x + (height * 0.15f), groundY, Palette.Ink, limb);

        var (left, right) = pose switch
        {
            Pose.ArmsUp => (new SKPoint(x - (height * 0.22f), shoulder - (height * 0.26f)), new SKPoint(x + (height * 0.22f), shoulder - (height * 0.26f))),
            Pose.Reaching => (new SKPoint(x - (height * 0.18f), shoulder + (height * 0.26f)), new SKPoint(x + (height * 0.3f), shoulder - (height * 0.12f))),
            _ => (new SKPoint(x - (height * 0.18f), shoulder + (height * 0.28f)), new SKPoint(x + (height * 0.18f), shoulder + (height * 0.28f))),
        };
        canvas.Line(x, shoulder, left.X, left.Y, Palette.Ink, limb);
        canvas.Line(x, shoulder, right.X, right.Y, Palette.Ink, limb);

        canvas.Line(x, neck + (limb / 2), x, hip, shirt, height * 0.16f);
        canvas.FillCircle(x, top + head, head, Palette.Ink);
        canvas.FillCircle(x, top + head, head - (limb * 0.6f), Palette.Skin);
        return right;
    }
}
