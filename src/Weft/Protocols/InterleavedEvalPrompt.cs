using System.Security.Cryptography;
using System.Text;

namespace Weft.Protocols;

/// <summary>The judge prompt of the <c>interleaved-eval</c> protocol, version 1 (our own wording of the paper's rubric).</summary>
/// <remarks>Any change to these texts must bump <see cref="Id"/>: every stored verdict records the id and hash it was made with.</remarks>
public static class InterleavedEvalPrompt
{
    /// <summary>Versioned prompt id stored with every verdict.</summary>
    public const string Id = "interleaved-eval/v1";

    /// <summary>Lowest score on the judge scale.</summary>
    public const int MinScore = 0;

    /// <summary>Highest score on the judge scale.</summary>
    public const int MaxScore = 5;

    /// <summary>The system message.</summary>
    public const string System = """
        You are a careful evaluator of interleaved text-and-image content: answers that mix paragraphs and pictures.
        You will see a task instruction, the input context that came with it (which may contain images), and the
        output of one system. Judge only that output, against the instruction and the context. There is no
        reference answer: rely on your own judgement of what a good answer to this instruction would be.

        Score each requested aspect with an integer from 0 to 5:
        5 - excellent: no real flaw for this aspect.
        4 - good: minor flaws that do not hurt the result.
        3 - fair: noticeable flaws, but the aspect is mostly satisfied.
        2 - poor: serious flaws; the aspect is only partly satisfied.
        1 - very poor: the aspect is barely satisfied.
        0 - fails completely (unreadable text, broken or empty images, unrelated content).

        For each aspect, first write a short explanation (one to three sentences) that points at concrete evidence,
        such as a paragraph or an image by its number, then give the score. Judge each aspect on its own: a flaw
        in one aspect must not lower an unrelated one. Do not reward length for its own sake. Reply with JSON only,
        in exactly the requested shape.
        """;

    /// <summary>The question asked for one aspect.</summary>
    public static string Rubric(Aspect aspect) => aspect switch
    {
        Aspect.TextQuality =>
            "Is the generated text clear, fluent, grammatical and sound, free of repetition, truncation and garbage tokens?",
        Aspect.PerceptualQuality =>
            "Do the generated images look natural and well formed, free of artifacts, distortions, malformed objects and garbled rendered text?",
        Aspect.ImageCoherence =>
            "Are the generated images consistent with one another: the same style, the same characters and objects with the same appearance, one consistent scene where the content implies one?",
        Aspect.TextImageCoherence =>
            "Does each generated image show what the text next to it says, and does the text describe or refer to its image correctly?",
        Aspect.Helpfulness =>
            "Does the output as a whole do what the instruction asks (the requested content, steps, structure and number of images) in a way that would really help the person who asked?",
        _ => throw new ArgumentOutOfRangeException(nameof(aspect)),
    };

    /// <summary>Heading of the instruction section.</summary>
    public const string InstructionHeading = "# Instruction";

    /// <summary>Heading of the input context section.</summary>
    public const string InputHeading = "# Input context";

    /// <summary>Heading of the output section.</summary>
    public const string OutputHeading = "# Output to evaluate";

    /// <summary>Heading of the list of aspects to score.</summary>
    public const string AspectsHeading = "# Aspects to score";

    /// <summary>Shown when a section has no content.</summary>
    public const string Empty = "(none)";

    /// <summary>Label placed before each image; <paramref name="side"/> is "Input" or "Output", <paramref name="number"/> 1-based.</summary>
    public static string ImageLabel(string side, int number) => $"[{side} image {number}]";

    /// <summary>Replaces an image that could not be loaded (only with --allow-missing-images).</summary>
    public static string MissingImage(string side, int number) => $"[{side} image {number}: the file could not be loaded, so it is not shown]";

    /// <summary>Closing line that names the JSON shape of the reply.</summary>
    public static string ReplyShape(string keys) =>
        $"Reply with one JSON object with exactly these keys: {keys}. Each value is an object {{\"explanation\": string, \"score\": integer from 0 to 5}}.";

    /// <summary>Follow-up sent once when a reply cannot be used.</summary>
    public static string Repair(string problems, string keys) =>
        $"Your previous reply could not be used: {problems}. Reply again with only one JSON object with exactly these keys: {keys}. Each value is an object {{\"explanation\": string, \"score\": integer from 0 to 5}}. Write nothing else.";

    /// <summary>SHA-256 (lowercase hex) over every text above; stored with each verdict.</summary>
    public static string Hash { get; } = ComputeHash();

    private static string ComputeHash()
    {
        var all = new StringBuilder()
            .AppendLine(Id).AppendLine(System)
            .AppendLine(InstructionHeading).AppendLine(InputHeading).AppendLine(OutputHeading).AppendLine(AspectsHeading)
            .AppendLine(Empty).AppendLine(ImageLabel("{side}", 0)).AppendLine(MissingImage("{side}", 0))
            .AppendLine(ReplyShape("{keys}")).AppendLine(Repair("{problems}", "{keys}"));
        foreach (var aspect in Aspects.All)
        {
            all.Append(Aspects.Key(aspect)).Append(": ").AppendLine(Rubric(aspect));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }
}
