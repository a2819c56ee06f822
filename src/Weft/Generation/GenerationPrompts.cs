using System.Security.Cryptography;
using System.Text;

namespace Weft.Generation;

/// <summary>The planner's and the image checker's prompts: versioned ids and the SHA-256 of their texts, recorded with every reply.</summary>
internal static class GenerationPrompts
{
    public const string PlanId = "generate-plan/v1";

    public const string CheckId = "generate-check/v1";

    public const string PlanSystem = """
        You plan the answer of a system that writes text and draws pictures in one reply. Read the task and whatever
        input comes with it (text and pictures), then lay out the whole answer as an ordered list of blocks.

        A "text" block holds prose exactly as the reader will see it. An "image" block holds a prompt for an image
        model: describe one picture on its own terms (who or what is in it, where, how it is framed, the style), so
        that it can be drawn without reading the rest of the answer; keep the same characters and objects looking the
        same from one picture to the next; never ask for letters or words inside a picture.

        Place each picture where it belongs in the answer. When the task says how many pictures or steps it wants,
        give exactly that many; when it does not, add a picture wherever one helps. When the input has pictures, the
        new pictures continue them.

        Reply with one JSON object and nothing else: {"blocks": [{"type": "text" or "image", "content": "..."}]}
        """;

    public const string PlanRepair = """
        That reply cannot be used: {problem}. Send the whole plan again as one JSON object and nothing else, shaped
        exactly like {"blocks": [{"type": "text" or "image", "content": "..."}]}, with at least one block and no blank content.
        """;

    public const string CheckSystem = """
        You inspect one picture drawn by an image model. You are given the prompt it was drawn from, the text just
        before and just after it in the answer it belongs to, and the picture itself. Decide whether the picture shows
        what the prompt asks for and fits the surrounding text: the main subjects are there and recognisable, nothing
        is badly malformed, and there is no stray writing. Differences of style or detail the prompt leaves open are fine.

        Reply with one JSON object and nothing else: {"ok": true or false, "problem": "..."}. When ok is false, problem
        says in one sentence what the next drawing must fix; when ok is true, problem is "".
        """;

    public static string PlanHash { get; } = Hash(PlanSystem, PlanRepair);

    public static string CheckHash { get; } = Hash(CheckSystem);

    private static string Hash(params string[] texts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0000", texts))));
}
