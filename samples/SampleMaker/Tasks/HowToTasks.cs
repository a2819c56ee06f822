using Weft.SampleMaker.Drawing;
using Weft.SampleMaker.Model;
using static Weft.SampleMaker.Model.Blocks;

namespace Weft.SampleMaker.Tasks;

/// <summary>Context-free how-to instructions: three steps, one picture after each.</summary>
internal static class HowToTasks
{
    private const string Task = "how-to";

    public static IEnumerable<SampleCase> Cases()
    {
        yield return HowTo(
            "how-to-01",
            "plant a young tree",
            HowToPictures.PlantTree,
            [
                "Step 1: Dig a hole about twice as wide as the root ball and just as deep, and loosen the soil at the bottom.",
                "Step 2: Set the tree in the middle of the hole so that the top of the root ball is level with the ground, then fill in around it with the loose soil.",
                "Step 3: Press the soil down gently and water the tree slowly until the ground is soaked; keep watering it once a week through its first summer.",
            ],
            [
                "First, pick a sunny spot and dig a wide hole, roughly two times the width of the roots and about as deep as they are tall.",
                "Next, lower the young tree into the hole, keep the trunk straight, and fill the gap around the roots with the soil you dug out.",
                "Finally, firm the soil with your hands and give the tree a long, slow drink of water so the roots settle in.",
            ],
            [
                Text("Step 1. This is a step. This is a step. Step 2. This is a step. This is a step. Step 3. This is a step."),
                Image(EditingPictures.ShapesBoard(Palette.Red, withTriangle: true)),
            ]);

        var oneBall = HowToPictures.Snowman(1, 2);
        yield return HowTo(
            "how-to-02",
            "build a snowman",
            HowToPictures.Snowman,
            [
                "Step 1: Pack a handful of wet snow into a ball and roll it across the yard until it is big and round; this is the base.",
                "Step 2: Roll a second, smaller ball, lift it carefully onto the base and press it down so that it does not slide off.",
                "Step 3: Add a small ball for the head, then give the snowman two stone eyes, a carrot nose and a hat.",
            ],
            [
                "Start with the body: roll a ball of sticky snow along the ground until it reaches about knee height.",
                "Make a middle ball a little smaller than the first, set it on top and pat snow into the seam to hold it in place.",
                "Crown it with a small head, push in two dark pebbles for eyes and a carrot for the nose, and finish with an old hat.",
            ],
            [
                Text("Make the snowman. Make the snowman."),
                Image(oneBall),
                Text("Make the snowman. Make the snowman bigger."),
                Image(oneBall),
                Text("Then the snowman is done. The snowman is done."),
                Image(Picture.NearCopy(oneBall)),
            ]);

        yield return HowTo(
            "how-to-03",
            "paint a wooden fence",
            HowToPictures.Fence,
            [
                "Step 1: Brush off dirt and loose flakes of old paint, and let the wood dry completely.",
                "Step 2: Paint the boards from top to bottom with long, even strokes, working on one section at a time.",
                "Step 3: Let the first coat dry for a few hours, then add a second coat for an even, lasting finish.",
            ],
            [
                "Begin by cleaning the fence: scrub away dust and peeling paint, and wait for a dry day so that the wood is not damp.",
                "Dip the brush halfway into the paint and cover each board with long strokes along the grain, one section at a time.",
                "When the first coat is dry to the touch, apply a second one; it hides streaks and protects the wood for years.",
            ],
            weak: null);

        yield return HowTo(
            "how-to-04",
            "fly a kite",
            HowToPictures.Kite,
            [
                "Step 1: Choose an open field with no trees or power lines nearby, on a day with a steady breeze.",
                "Step 2: Stand with your back to the wind, hold the kite up and let the breeze lift it while you let out some line.",
                "Step 3: Once the kite is climbing, let out more line slowly, and give a gentle tug whenever it starts to dip.",
            ],
            [
                "Go to a wide, open place such as a park or a beach, well away from trees and power lines, when the wind is steady.",
                "Turn so that the wind blows on your back, raise the kite and release it, letting the line run through your fingers as it rises.",
                "As the kite gains height, feed out the line bit by bit, and pull lightly on it if the kite begins to sink.",
            ],
            [
                Text("Fly the kite. It is fun. Fly the kite. It is fun. Fly the kite."),
                Image(HowToPictures.Kite(1, 2)),
                Image(Picture.Uniform(new(0x9A, 0x9A, 0x9A))),
                Image(Picture.NearUniform(new(0xF0, 0xF0, 0xF0))),
                Image(HowToPictures.PlantTree(3, 2)),
                Image(EditingPictures.ShapesBoard(Palette.Blue, withTriangle: false)),
            ]);
    }

    private static SampleCase HowTo(
        string id,
        string goal,
        Func<int, int, Action<SkiaSharp.SKCanvas>> picture,
        string[] referenceSteps,
        string[] strongSteps,
        IReadOnlyList<Block>? weak) => new(
            id,
            Task,
            $"Explain how to {goal} in 3 steps, with one picture per step.",
            Input: [],
            Reference: Steps(referenceSteps, picture, variant: 0),
            Blocks.Metadata("context-free", expectedImages: 3),
            Strong: Steps(strongSteps, picture, variant: 1),
            weak);

    private static Block[] Steps(string[] texts, Func<int, int, Action<SkiaSharp.SKCanvas>> picture, int variant) =>
        [.. texts.SelectMany((text, index) => new Block[] { Text(text), Image(picture(index + 1, variant)) })];
}
