using System.Security.Cryptography;
using System.Text;

namespace Weft.Protocols;

/// <summary>The judge prompt of the <c>opening-score</c> protocol, version 1 (our own wording of OpenING's seven criteria).</summary>
/// <remarks>Any change to these texts must bump <see cref="Id"/>.</remarks>
public static class OpeningScorePrompt
{
    /// <summary>Versioned prompt id stored with every verdict.</summary>
    public const string Id = "opening-score/v1";

    /// <summary>The system message.</summary>
    public const string System = """
        You evaluate one answer to an open-ended task whose answer mixes paragraphs and pictures. You will see the
        task instruction, the input context that came with it (which may contain images), and the answer. Score the
        answer on each of seven criteria with an integer from 0 (fails completely) to 10 (flawless), and justify
        each score in one or two sentences that point at concrete evidence, such as a step or an image by its
        number. Judge each criterion on its own and do not reward length for its own sake. Reply with JSON only.
        """;

    /// <summary>What each criterion asks.</summary>
    public static string Rubric(string criterion) => criterion switch
    {
        "Correctness" => "Are the facts, steps and claims in the text and the images right?",
        "Image-Text Coherency" => "Does each image show what the text next to it says?",
        "Multi-step Consistency" => "Do the steps, characters, objects and style stay consistent from one step to the next?",
        "Content Quality" => "Is the text clear and well written, and are the images well formed and free of artifacts?",
        "Human Preference Alignment" => "Is the answer free of anything unsafe, offensive or otherwise unwelcome to the person who asked?",
        "Completeness" => "Does the answer cover everything the instruction asks for, with the requested number of steps and images?",
        "Content Richness" => "Is the answer informative and varied rather than thin or repetitive?",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "not an OpenING criterion"),
    };

    /// <summary>Closing line naming the reply's JSON shape.</summary>
    public const string ReplyShape =
        "Reply with one JSON object whose keys are the seven criterion names exactly as written above; each value is an object {\"Score\": integer from 0 to 10, \"Justification\": string}.";

    /// <summary>Follow-up sent once when a reply lacks valid scores.</summary>
    public static string Repair(string problems) =>
        $"Your previous reply could not be used: {problems}. Reply again with only the JSON object: the seven criterion names as keys, each value {{\"Score\": integer from 0 to 10, \"Justification\": string}}. Write nothing else.";

    /// <summary>SHA-256 (lowercase hex) over every text above.</summary>
    public static string Hash { get; } = ComputeHash();

    private static string ComputeHash()
    {
        var all = new StringBuilder().AppendLine(Id).AppendLine(System).AppendLine(ReplyShape).AppendLine(Repair("{problems}"));
        foreach (var criterion in OpeningCriteria.All)
        {
            all.Append(criterion).Append(": ").AppendLine(Rubric(criterion));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }
}
