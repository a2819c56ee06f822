using SkiaSharp;
using Weft.SampleMaker.Drawing;

namespace Weft.SampleMaker.Tasks;

/// <summary>
/// One picture per step of each how-to. Variant 0 is the reference; other variants move things around so that the
/// strong system's pictures show the same steps without being copies of the reference.
/// </summary>
internal static class HowToPictures
{
    private const float Front = 205;

    public static Action<SKCanvas> PlantTree(int step, int variant) => canvas =>
    {
        var x = 140f + (Shift(variant) * 30);
        DaySky(canvas, variant);
        Scenery.Ground(canvas, Palette.Grass);
        switch (step)
        {
            case 1:
                Tools.Hole(canvas, x, Front, 80);
                Tools.SoilPile(canvas, x + 72, Front - 4, 48);
                Tools.Shovel(canvas, x + 110, Front);
                break;
            case 2:
                Tools.Hole(canvas, x, Front, 80);
                Props.Sapling(canvas, x, Front, 80);
                Tools.SoilPile(canvas, x + 72, Front - 2, 34);
                Figures.Person(canvas, x - 70, Front + 10, 90, Palette.Blue, Pose.Reaching);
                break;
            default:
                Tools.SoilPile(canvas, x, Front + 2, 50);
                Props.Sapling(canvas, x, Front, 80);
                Tools.WateringCan(canvas, x - 90, Front - 44, pouring: true);
                break;
        }
    };

    public static Action<SKCanvas> Snowman(int step, int variant) => canvas =>
    {
        var x = 160f - (Shift(variant) * 40);
        Scenery.Sky(canvas, Palette.GreySky);
        if (variant != 0)
        {
            Scenery.Cloud(canvas, 160, 48, 30);
        }

        Scenery.Ground(canvas, Palette.SnowGround);
        Props.Tree(canvas, 270 - (Shift(variant) * 200), Scenery.Horizon + 5, 80, snowy: true);
        Props.Tree(canvas, 40 + (Shift(variant) * 230), Scenery.Horizon + 2, 60, snowy: true);
        switch (step)
        {
            case 1:
                canvas.Line(x - 110, Front + 20, x - 26, Front - 2, Palette.Snow, 10);
                Toys.Snowman(canvas, x, Front, balls: 1, dressed: false, hat: null);
                break;
            case 2:
                Toys.Snowman(canvas, x, Front, balls: 2, dressed: false, hat: null);
                Figures.Person(canvas, x + 70, Front + 8, 80, Palette.Red, Pose.Reaching);
                break;
            default:
                Toys.Snowman(canvas, x, Front, balls: 3, dressed: true, hat: Palette.Ink);
                break;
        }
    };

    public static Action<SKCanvas> Fence(int step, int variant) => canvas =>
    {
        DaySky(canvas, variant);
        Scenery.Ground(canvas, Palette.Grass);
        float paintedTo = step switch { 1 => 0, 2 => 150 + (Shift(variant) * 30), _ => Picture.Width };
        Props.Fence(canvas, 20, 300, Front - 10, paintedTo);
        if (step < 3)
        {
            var hand = Figures.Person(canvas, step == 1 ? 110 + (Shift(variant) * 60) : paintedTo - 10, Front + 20, 95, Palette.Purple, Pose.Reaching);
            Tools.Brush(canvas, hand);
        }
    };

    public static Action<SKCanvas> Kite(int step, int variant) => canvas =>
    {
        var x = 110f + (Shift(variant) * 90);
        DaySky(canvas, variant);
        Scenery.Ground(canvas, Palette.Grass);
        switch (step)
        {
            case 1:
                var hand = Figures.Person(canvas, x, Front, 100, Palette.Yellow, Pose.Reaching);
                Toys.Kite(canvas, hand.X + 16, hand.Y - 10, 20, Palette.Red, hand);
                break;
            case 2:
                hand = Figures.Person(canvas, x, Front, 100, Palette.Yellow, Pose.Reaching);
                Toys.Kite(canvas, x + 70, 90, 18, Palette.Red, hand);
                break;
            default:
                hand = Figures.Person(canvas, x - 30, Front, 100, Palette.Yellow, Pose.ArmsUp);
                Toys.Kite(canvas, x + 90 - (Shift(variant) * 130), 34, 14, Palette.Red, hand);
                break;
        }
    };

    // Variants beyond 1 keep the reference layout under the other sky, so that they differ from both.
    private static int Shift(int variant) => variant % 2;

    private static void DaySky(SKCanvas canvas, int variant)
    {
        Scenery.Sky(canvas, Palette.DaySky);
        Scenery.Sun(canvas, variant == 0 ? 270 : 45, 42, 16);
        Scenery.Cloud(canvas, variant == 0 ? 90 : 200, 50, 34);
    }
}
