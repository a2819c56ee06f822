using Weft.SampleMaker.Drawing;
using Weft.SampleMaker.Model;
using static Weft.SampleMaker.Model.Blocks;

namespace Weft.SampleMaker.Tasks;

/// <summary>Context-based image editing, as in InterleavedBench's sequential editing: one picture in, one edited picture out.</summary>
internal static class EditingTasks
{
    private const string Task = "image-editing";
    private const string ImageOnly = " Answer with the edited picture only.";

    public static IEnumerable<SampleCase> Cases()
    {
        var day = EditingPictures.HouseScene(night: false, variant: 0);
        yield return Edit(
            "edit-01",
            "Make the sky night-time: a dark sky with a moon and stars instead of the sun and clouds. Keep everything else as it is.",
            day,
            EditingPictures.HouseScene(night: true, variant: 0),
            EditingPictures.HouseScene(night: true, variant: 1),
            [Text("Here is your picture, now at night."), Image(day)]);

        var meadow = EditingPictures.Meadow(trees: 1, variant: 0);
        yield return Edit(
            "edit-02",
            "Add a second tree to the right of the first one.",
            meadow,
            EditingPictures.Meadow(trees: 2, variant: 0),
            EditingPictures.Meadow(trees: 2, variant: 1),
            [Image(Picture.NearCopy(meadow))]);

        yield return Edit(
            "edit-03",
            "Turn the red square blue. Leave the other shapes unchanged.",
            EditingPictures.ShapesBoard(Palette.Red, withTriangle: true),
            EditingPictures.ShapesBoard(Palette.Blue, withTriangle: true),
            EditingPictures.ShapesBoard(new(0x2A, 0x5C, 0xC8), withTriangle: true),
            [Text("I changed the colour of the square to blue, as you asked. The circle and the triangle are the same as before.")]);

        yield return Edit(
            "edit-04",
            "Cover the ground with snow.",
            EditingPictures.Village(snow: false, variant: 0),
            EditingPictures.Village(snow: true, variant: 0),
            EditingPictures.Village(snow: true, variant: 1),
            [Image(Picture.Uniform(new(0x8C, 0x8C, 0x8C)))]);
    }

    private static SampleCase Edit(
        string id,
        string edit,
        Action<SkiaSharp.SKCanvas> before,
        Action<SkiaSharp.SKCanvas> reference,
        Action<SkiaSharp.SKCanvas> strong,
        IReadOnlyList<Block> weak) => new(
            id,
            Task,
            "Edit the picture. " + edit + ImageOnly,
            Input: [Image(before)],
            Reference: [Image(reference)],
            Blocks.Metadata("context-based", expectedImages: 1),
            Strong: [Image(strong)],
            weak);
}
