using System.Security.Cryptography;
using System.Text;

namespace Weft.Protocols;

/// <summary>The judge prompt of the pairwise protocol, version 1 (our own wording): two responses to one task, which is better.</summary>
/// <remarks>Any change to these texts must bump <see cref="Id"/>: every stored judgment records the id and hash it was made with.</remarks>
public static class PairwisePrompt
{
    /// <summary>Versioned prompt id stored with every judgment and written in verdict sources.</summary>
    public const string Id = "pairwise/v1";

    /// <summary>The system message.</summary>
    public const string System = """
        You compare two answers to the same task. Both answers may mix paragraphs and pictures. You will see the
        task instruction, the input context that came with it (which may contain images), then Response 1 and
        Response 2. Decide which response serves the person who asked better, as a whole: does it do what the
        instruction asks, is the text correct and well written, do the images look right, stay consistent with one
        another and match the text next to them?

        The order in which the responses are shown says nothing about their quality, and neither does their length.
        Call Response 1 "A" and Response 2 "B". Give exactly one verdict:
        "A" - Response 1 is better.
        "B" - Response 2 is better.
        "Tie(A)" - they are about equally good, but Response 1 is slightly better.
        "Tie(B)" - they are about equally good, but Response 2 is slightly better.

        First write a short explanation (two to four sentences) that points at concrete differences, then the
        verdict. Reply with JSON only, in exactly the requested shape.
        """;

    /// <summary>Heading of the instruction section.</summary>
    public const string InstructionHeading = "# Instruction";

    /// <summary>Heading of the input context section.</summary>
    public const string InputHeading = "# Input context";

    /// <summary>Heading of the response shown first.</summary>
    public const string FirstHeading = "# Response 1 (call it A)";

    /// <summary>Heading of the response shown second.</summary>
    public const string SecondHeading = "# Response 2 (call it B)";

    /// <summary>Shown when a section has no content.</summary>
    public const string Empty = InterleavedEvalPrompt.Empty;

    /// <summary>Closing line that names the JSON shape of the reply.</summary>
    public const string ReplyShape =
        "Reply with one JSON object {\"explanation\": string, \"winner\": \"A\" | \"B\" | \"Tie(A)\" | \"Tie(B)\"}, where A is Response 1 and B is Response 2.";

    /// <summary>Label placed before each image; <paramref name="side"/> is "Input", "Response 1" or "Response 2", <paramref name="number"/> 1-based.</summary>
    public static string ImageLabel(string side, int number) => InterleavedEvalPrompt.ImageLabel(side, number);

    /// <summary>Replaces an image that could not be loaded (only with --allow-missing-images).</summary>
    public static string MissingImage(string side, int number) => InterleavedEvalPrompt.MissingImage(side, number);

    /// <summary>Follow-up sent once when a reply gives no usable verdict.</summary>
    public static string Repair(string problem) =>
        $"Your previous reply could not be used: {problem}. Reply again with only one JSON object {{\"explanation\": string, \"winner\": \"A\" | \"B\" | \"Tie(A)\" | \"Tie(B)\"}}, where A is Response 1 and B is Response 2. Write nothing else.";

    /// <summary>SHA-256 (lowercase hex) over every text above.</summary>
    public static string Hash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(new StringBuilder()
        .AppendLine(Id).AppendLine(System)
        .AppendLine(InstructionHeading).AppendLine(InputHeading).AppendLine(FirstHeading).AppendLine(SecondHeading)
        .AppendLine(Empty).AppendLine(ReplyShape).AppendLine(ImageLabel("{side}", 0)).AppendLine(MissingImage("{side}", 0))
        .AppendLine(Repair("{problem}"))
        .ToString())));
}
