using System.Text.Json;

namespace Weft.Bench.Support;

/// <summary>The fake judge's one answer: a chat completion whose content satisfies both Weft's and promptfoo's graders.</summary>
internal static class CannedReply
{
    private static readonly string[] Aspects = ["text_quality", "perceptual_quality", "image_coherence", "text_image_coherence", "helpfulness"];

    private static readonly string[] OpeningCriteria =
    [
        "Correctness", "Image-Text Coherency", "Multi-step Consistency", "Content Quality", "Human Preference Alignment", "Completeness", "Content Richness",
    ];

    /// <summary>The assistant message: the five InterleavedEval aspects, OpenING's seven criteria, a pairwise winner, and promptfoo's reason, pass and score keys.</summary>
    public static string Content()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < Aspects.Length; i++)
            {
                json.WriteStartObject(Aspects[i]);
                json.WriteString("explanation", "The output does what was asked; paragraph 2 and image 1 agree with each other.");
                json.WriteNumber("score", 3 + (i % 2));
                json.WriteEndObject();
            }

            for (var i = 0; i < OpeningCriteria.Length; i++)
            {
                json.WriteStartObject(OpeningCriteria[i]);
                json.WriteNumber("Score", 6 + (i % 3));
                json.WriteString("Justification", "Step 2 and image 1 agree.");
                json.WriteEndObject();
            }

            json.WriteString("winner", "A");
            json.WriteString("explanation", "Response 1 follows the steps more closely.");
            json.WriteString("reason", "The output follows the rubric.");
            json.WriteBoolean("pass", true);
            json.WriteNumber("score", 1);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A whole OpenAI chat completion holding <see cref="Content"/>.</summary>
    public static string Completion()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", "chatcmpl-bench");
            json.WriteString("object", "chat.completion");
            json.WriteNumber("created", 1_700_000_000);
            json.WriteString("model", "fake-judge");
            json.WriteStartArray("choices");
            json.WriteStartObject();
            json.WriteNumber("index", 0);
            json.WriteStartObject("message");
            json.WriteString("role", "assistant");
            json.WriteString("content", Content());
            json.WriteEndObject();
            json.WriteString("finish_reason", "stop");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("usage");
            json.WriteNumber("prompt_tokens", 1200);
            json.WriteNumber("completion_tokens", 160);
            json.WriteNumber("total_tokens", 1360);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
