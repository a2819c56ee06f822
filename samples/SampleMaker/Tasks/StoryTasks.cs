using Weft.SampleMaker.Drawing;
using Weft.SampleMaker.Model;
using static Weft.SampleMaker.Model.Blocks;

namespace Weft.SampleMaker.Tasks;

/// <summary>Context-based story continuation: two illustrated paragraphs in, two illustrated paragraphs out.</summary>
internal static class StoryTasks
{
    private const string Task = "story-continuation";
    private const string Instruction =
        "Continue the story with two more paragraphs. Put one illustration after each paragraph, in the same style as the pictures so far.";

    public static IEnumerable<SampleCase> Cases()
    {
        yield return Story(
            "story-01",
            StoryPictures.Kite,
            [
                "On the first windy morning of spring, Sam found an old red kite in the shed behind the house. Its tail was tangled, but the frame was still straight.",
                "He untangled the tail, tied on a fresh ball of string and carried the kite up the green hill behind the garden, where the wind was always strongest.",
            ],
            [
                "At the top he held the kite high and let go. It shook, dipped once, and then shot up above the trees, its long tail dancing in the wind.",
                "Sam stayed out until the sun went down. When he finally walked home under the moon, his arms were tired, but he was already planning tomorrow's flight.",
            ],
            [
                "Sam waited for a strong gust and opened his hands. The red kite wobbled, caught the wind and climbed higher and higher, until it floated far above the tallest trees.",
                "He flew it all afternoon. By the time the moon came up, he was winding the string back in and walking toward the warm, lit windows of home.",
            ],
            [Text("Sam flew the kite. It was a good day. Sam flew the kite. It was a good day. The end.")]);

        yield return Story(
            "story-02",
            StoryPictures.Balloon,
            [
                "At the summer fair, Ana's grandfather bought her a bright yellow balloon. She tied the string around her wrist and skipped along beside him.",
                "On the way home the knot slipped. The balloon rose out of reach, drifted over the roof of their house and headed for the big oak tree next door.",
            ],
            [
                "The balloon's string caught on a high branch of the oak, and there it stayed, bobbing in the breeze while Ana watched from the garden below.",
                "Their neighbour, Mr. Okafor, fetched his long ladder, climbed up and brought the balloon down. This time Ana let her grandfather tie a double knot.",
            ],
            [
                "It did not get far. The string wrapped itself around a branch near the top of the oak, and the balloon hung there like a small yellow sun.",
                "Mr. Okafor from next door saw Ana's worried face, leaned his ladder against the trunk and climbed up to free it. Ana thanked him and held the string tightly all the way inside.",
            ],
            [
                Text("The balloon was gone. The end."),
                Image(BarChart.Draw("TEST SCORES", [new("A", 5), new("B", 9), new("C", 3)], Palette.Purple)),
                Text("Then something happened."),
                Image(EditingPictures.ShapesBoard(Palette.Red, withTriangle: false)),
            ]);

        yield return Story(
            "story-03",
            StoryPictures.Boat,
            [
                "Leo spent a rainy Saturday building a little boat from a block of wood, with a white paper sail glued to a stick.",
                "On Sunday the sun came out, and he carried the boat to the lake at the edge of the village and set it gently on the water.",
            ],
            [
                "A breeze filled the paper sail, and the boat drifted away from the shore, slowly crossing the lake toward the trees on the far side.",
                "His sister Nora ran around the lake and caught the boat as it reached the bank. They sailed it back and forth until the sky turned orange.",
            ],
            [
                "For a moment the boat only turned in circles. Then the wind caught its sail, and it glided out across the open water toward the trees on the other side.",
                "Nora, who had been watching from the far bank, scooped the boat up before it could hit the reeds. The two of them kept sailing it until sunset painted the sky orange.",
            ],
            weak: null);

        yield return Story(
            "story-04",
            StoryPictures.Snow,
            [
                "Snow fell all night, and by morning the whole village was white. Mila and her brother Tom pulled on their boots and ran outside.",
                "They rolled three big snowballs, stacked them up and gave their snowman a carrot nose and an old blue hat.",
            ],
            [
                "In the afternoon the sun came out, and the snowman began to drip. Its hat slid sideways, and Tom propped it up with a stick.",
                "That night the air froze again. Under a round moon the snowman stood firm, and Mila waved goodnight to it from her window.",
            ],
            [
                "By lunchtime the sky had cleared and the sun was warm. The snowman shrank a little, a puddle spread around it, and its blue hat tipped over until Tom pushed it back with a stick.",
                "After dark the cold returned. The moon rose over the rooftops, the snowman stood frozen solid in the yard, and Mila waved to it from her bright window before bed.",
            ],
            [
                Text("They played in the snow. They played in the snow. It was cold."),
                Image(Picture.NearUniform(new(0xFA, 0xFA, 0xFA))),
            ]);
    }

    private static SampleCase Story(
        string id,
        Func<int, int, Action<SkiaSharp.SKCanvas>> scene,
        string[] given,
        string[] reference,
        string[] strong,
        IReadOnlyList<Block>? weak) => new(
            id,
            Task,
            Instruction,
            Input: Illustrated(given, scene, firstScene: 1, variant: 0),
            Reference: Illustrated(reference, scene, firstScene: 3, variant: 0),
            Blocks.Metadata("context-based", expectedImages: 2),
            Strong: Illustrated(strong, scene, firstScene: 3, variant: 1),
            weak);

    private static Block[] Illustrated(string[] paragraphs, Func<int, int, Action<SkiaSharp.SKCanvas>> scene, int firstScene, int variant) =>
        [.. paragraphs.SelectMany((text, index) => new Block[] { Text(text), Image(scene(firstScene + index, variant)) })];
}
