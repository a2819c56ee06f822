using SkiaSharp;
using Weft.SampleMaker.Drawing;

namespace Weft.SampleMaker.Tasks;

/// <summary>Before and after pictures for the editing tasks: the edit changes only what the instruction names.</summary>
internal static class EditingPictures
{
    public static Action<SKCanvas> HouseScene(bool night, int variant) => canvas =>
    {
        if (night)
        {
            Scenery.Sky(canvas, Palette.NightSky);
            Scenery.Stars(canvas, seed: 11u + (uint)variant, count: 40);
            Scenery.Moon(canvas, variant == 0 ? 250 : 225, variant == 0 ? 45 : 52, 20);
        }
        else
        {
            Scenery.Sky(canvas, Palette.DaySky);
            Scenery.Sun(canvas, 250, 45, 18);
            Scenery.Cloud(canvas, 130, 50, 30);
        }

        Scenery.Ground(canvas, Palette.Grass);
        Props.House(canvas, 50, 200, 100);
        Props.Tree(canvas, 235, 205, 110);
    };

    public static Action<SKCanvas> Meadow(int trees, int variant) => canvas =>
    {
        Scenery.Sky(canvas, Palette.DaySky);
        Scenery.Sun(canvas, 55, 45, 18);
        Scenery.Cloud(canvas, 230, 55, 28);
        Scenery.Ground(canvas, Palette.Grass);
        Props.Tree(canvas, 120, 200, 120);
        if (trees > 1)
        {
            Props.Tree(canvas, variant == 0 ? 215 : 225, 202, variant == 0 ? 110 : 100);
        }
    };

    public static Action<SKCanvas> ShapesBoard(SKColor squareColor, bool withTriangle) => canvas =>
    {
        Shapes.Board(canvas);
        Shapes.Square(canvas, 75, 130, 70, squareColor);
        Shapes.Circle(canvas, 165, 130, 36, Palette.Green);
        if (withTriangle)
        {
            Shapes.Triangle(canvas, 255, 130, 74, Palette.Yellow);
        }
    };

    public static Action<SKCanvas> Village(bool snow, int variant) => canvas =>
    {
        Scenery.Sky(canvas, snow && variant != 0 ? Palette.GreySky : Palette.DaySky);
        Scenery.Cloud(canvas, 240, 45, 30);
        Scenery.Ground(canvas, snow ? Palette.SnowGround : Palette.Grass);
        var snowyProps = snow && variant != 0;
        Props.Tree(canvas, 45, 190, 90, snowyProps);
        Props.House(canvas, 110, 205, 100, snowyRoof: snowyProps);
        Props.Tree(canvas, 270, 200, 100, snowyProps);
    };
}
