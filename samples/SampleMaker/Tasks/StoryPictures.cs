using SkiaSharp;
using Weft.SampleMaker.Drawing;

namespace Weft.SampleMaker.Tasks;

/// <summary>
/// Four scenes per story: 1 and 2 illustrate the given paragraphs, 3 and 4 the continuation. Each character keeps
/// its shirt colour throughout; variant 1 (the strong system) moves things so that it never copies the reference.
/// </summary>
internal static class StoryPictures
{
    private const float Front = 205;

    public static Action<SKCanvas> Kite(int scene, int variant) => canvas =>
    {
        var shift = variant * 30f;
        switch (scene)
        {
            case 1:
                Day(canvas);
                Props.House(canvas, 40, 195, 110);
                var hand = Figures.Person(canvas, 210 + shift, Front, 90, Palette.Blue, Pose.ArmsDown);
                Toys.Kite(canvas, 250 + shift, 185, 16, Palette.Red, hand);
                break;
            case 2:
                Day(canvas);
                Scenery.Hill(canvas, 180, 300, 70);
                hand = Figures.Person(canvas, 180, Scenery.Horizon - 62, 80, Palette.Blue, Pose.Reaching);
                Toys.Kite(canvas, hand.X + 14, hand.Y - 8, 16, Palette.Red, hand);
                break;
            case 3:
                Day(canvas);
                Props.Tree(canvas, 200 - shift, 190, 100);
                Props.Tree(canvas, 265 - shift, 195, 115);
                hand = Figures.Person(canvas, 90 + shift, Front + 10, 90, Palette.Blue, Pose.ArmsUp);
                Toys.Kite(canvas, 230 - shift, 35, 16, Palette.Red, hand);
                break;
            default:
                Night(canvas, variant);
                Props.House(canvas, 170 - shift, 195, 110, litWindows: true);
                hand = Figures.Person(canvas, 80 + shift, Front + 10, 80, Palette.Blue, Pose.ArmsDown);
                Toys.Kite(canvas, hand.X + 12, hand.Y - 4, 12, Palette.Red, hand);
                break;
        }
    };

    public static Action<SKCanvas> Balloon(int scene, int variant) => canvas =>
    {
        var shift = variant * 25f;
        Day(canvas);
        switch (scene)
        {
            case 1:
                Bunting(canvas);
                Figures.Person(canvas, 190 + shift, Front + 10, 120, Palette.Grey, Pose.ArmsDown);
                var hand = Figures.Person(canvas, 120 + shift, Front + 10, 80, Palette.Pink, Pose.Reaching);
                Toys.Balloon(canvas, hand.X + 10, hand.Y - 70, 16, Palette.Yellow, hand);
                break;
            case 2:
                Props.House(canvas, 150, 200, 120);
                Figures.Person(canvas, 70, Front + 10, 80, Palette.Pink, Pose.ArmsUp);
                Toys.Balloon(canvas, 210, 40, 16, Palette.Yellow, anchor: null);
                break;
            case 3:
                Props.Tree(canvas, 190 - shift, 210, 190);
                Toys.Balloon(canvas, 215 - shift, 30, 14, Palette.Yellow, new SKPoint(205 - shift, 75));
                Figures.Person(canvas, 80 + (shift * 2), Front + 10, 80, Palette.Pink, Pose.ArmsUp);
                break;
            default:
                Props.Tree(canvas, 190 + shift, 210, 190);
                Props.Ladder(canvas, new SKPoint(150 + shift, 212), new SKPoint(185 + shift, 90));
                Figures.Person(canvas, 170 + shift, 150, 75, Palette.Green, Pose.Reaching);
                hand = Figures.Person(canvas, 70, Front + 10, 80, Palette.Pink, Pose.Reaching);
                Toys.Balloon(canvas, hand.X + 8, hand.Y - 60, 16, Palette.Yellow, hand);
                break;
        }
    };

    public static Action<SKCanvas> Boat(int scene, int variant) => canvas =>
    {
        var shift = variant * 30f;
        switch (scene)
        {
            case 1:
                Scenery.Sky(canvas, Palette.GreySky);
                Scenery.Ground(canvas, Palette.Grass);
                Props.House(canvas, 180, 195, 110);
                Scenery.Rain(canvas, seed: 7, count: 70);
                var hand = Figures.Person(canvas, 90, Front + 10, 90, Palette.Red, Pose.Reaching);
                Toys.Boat(canvas, hand.X + 6, hand.Y + 8, 14);
                break;
            case 2:
                Lakeside(canvas, Palette.DaySky);
                Scenery.Sun(canvas, 60, 40, 16);
                Figures.Person(canvas, 50, Front + 10, 90, Palette.Red, Pose.Reaching);
                Toys.Boat(canvas, 110, 200, 14);
                break;
            case 3:
                Lakeside(canvas, Palette.DaySky);
                Scenery.Sun(canvas, 60 + (shift * 6), 40, 16);
                Props.Tree(canvas, 230, Scenery.Horizon + 8, 70);
                Props.Tree(canvas, 280, Scenery.Horizon + 10, 80);
                Figures.Person(canvas, 40, Front + 10, 90, Palette.Red, Pose.ArmsDown);
                Toys.Boat(canvas, 175 + shift, 190 - (shift / 3), 14);
                break;
            default:
                Lakeside(canvas, null);
                Props.Tree(canvas, 280, Scenery.Horizon + 10, 80);
                Figures.Person(canvas, 200 - shift, Front + 8, 80, Palette.Red, Pose.ArmsDown);
                var nora = Figures.Person(canvas, 250 - shift, Front + 8, 75, Palette.Yellow, Pose.Reaching);
                Toys.Boat(canvas, nora.X + 14, nora.Y + 8, 14);
                break;
        }
    };

    public static Action<SKCanvas> Snow(int scene, int variant) => canvas =>
    {
        var shift = variant * 35f;
        var night = scene == 4;
        Scenery.Sky(canvas, night ? Palette.NightSky : scene == 3 ? Palette.DaySky : Palette.GreySky);
        if (night)
        {
            Scenery.Stars(canvas, seed: 23u + (uint)variant, count: 35);
            Scenery.Moon(canvas, 60 + (shift * 5), 45, 18);
        }
        else if (scene == 3)
        {
            Scenery.Sun(canvas, 260 - (shift * 5), 42, 17);
        }

        Scenery.Ground(canvas, Palette.SnowGround);
        Props.House(canvas, scene == 1 ? 30 : 200 - shift, 185, 90, litWindows: night, snowyRoof: true);
        switch (scene)
        {
            case 1:
                Props.House(canvas, 170, 180, 80, snowyRoof: true);
                Figures.Person(canvas, 150 + shift, Front + 15, 70, Palette.Pink, Pose.ArmsUp);
                Figures.Person(canvas, 210 + shift, Front + 15, 76, Palette.Blue, Pose.ArmsUp);
                break;
            case 2:
                Toys.Snowman(canvas, 120 + shift, Front, 3, dressed: true, Palette.Blue);
                Figures.Person(canvas, 60 + shift, Front + 15, 70, Palette.Pink, Pose.ArmsDown);
                Figures.Person(canvas, 180 + shift, Front + 15, 76, Palette.Blue, Pose.Reaching);
                break;
            case 3:
                Toys.Snowman(canvas, 120 + shift, Front, 3, dressed: true, Palette.Blue, hatTilted: true, melt: 0.85f);
                var hand = Figures.Person(canvas, 60 + shift, Front + 15, 76, Palette.Blue, Pose.Reaching);
                canvas.Line(hand.X, hand.Y, hand.X + 40, hand.Y - 40, Palette.Trunk, 3);
                break;
            default:
                Toys.Snowman(canvas, 110 + shift, Front, 3, dressed: true, Palette.Blue);
                break;
        }
    };

    private static void Day(SKCanvas canvas)
    {
        Scenery.Sky(canvas, Palette.DaySky);
        Scenery.Cloud(canvas, 70, 45, 28);
        Scenery.Cloud(canvas, 250, 60, 22);
        Scenery.Ground(canvas, Palette.Grass);
    }

    private static void Night(SKCanvas canvas, int variant)
    {
        Scenery.Sky(canvas, Palette.NightSky);
        Scenery.Stars(canvas, seed: 5u + (uint)variant, count: 40);
        Scenery.Moon(canvas, 260 - (variant * 180), 40, 18);
        Scenery.Ground(canvas, Palette.NightGrass);
    }

    /// <summary>Sky, grass and a lake filling the middle ground; a null sky means sunset.</summary>
    private static void Lakeside(SKCanvas canvas, SKColor? sky)
    {
        if (sky is { } color)
        {
            Scenery.Sky(canvas, color);
        }
        else
        {
            Scenery.SunsetSky(canvas);
        }

        Scenery.Ground(canvas, Palette.Grass);
        Scenery.Lake(canvas, 175, 192, 250, 56);
    }

    private static void Bunting(SKCanvas canvas)
    {
        SKColor[] flags = [Palette.Red, Palette.Yellow, Palette.Blue, Palette.Green, Palette.Pink];
        canvas.Line(0, 20, Picture.Width, 30, Palette.Ink, 1);
        for (var i = 0; i < 10; i++)
        {
            var x = 12f + (i * 32);
            var y = 20 + (x / 32);
            canvas.FillPolygon(flags[i % flags.Length], new(x - 8, y), new(x + 8, y + 0.5f), new(x, y + 16));
        }
    }
}
