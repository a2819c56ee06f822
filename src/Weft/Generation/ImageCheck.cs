using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Protocols;
using Weft.Protocols.Replies;

namespace Weft.Generation;

/// <summary>Asks a judge whether a generated picture matches its prompt and the text around it, and reads the verdict.</summary>
internal sealed class ImageCheck(JudgeSettings settings, IImageIndex images)
{
    public JudgeRequest Request(string prompt, string before, string after, AIContent image)
    {
        var user = new ChatMessage(ChatRole.User, [
            new TextContent($"Prompt: {prompt}\nText before the picture: {Or(before)}\nText after the picture: {Or(after)}"),
            image,
        ]);
        var options = new ChatOptions
        {
            Temperature = settings.Temperature,
            MaxOutputTokens = settings.MaxOutputTokens ?? 300,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(PlanSchema.Check, "image_check", "Whether the picture is acceptable, and what to fix when it is not."),
        };
        IReadOnlyList<ChatMessage> messages = [new ChatMessage(ChatRole.System, GenerationPrompts.CheckSystem), user];
        var (key, canonical) = RequestKey.Compute(settings, messages, options, images);
        return new JudgeRequest(key, "check", messages, options, [], canonical);
    }

    /// <summary>The verdict in a reply: ok and the problem, or null when the reply holds no usable verdict.</summary>
    public static (bool Ok, string Problem)? Parse(string reply)
    {
        foreach (var candidate in JsonSpanFinder.Find(reply))
        {
            if (candidate.Root.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            bool? ok = null;
            var problem = string.Empty;
            foreach (var property in candidate.Root.EnumerateObject())
            {
                if (property.NameEquals("ok") && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    ok = property.Value.GetBoolean();
                }
                else if (property.NameEquals("problem") && property.Value.ValueKind == JsonValueKind.String)
                {
                    problem = property.Value.GetString()!.Trim();
                }
            }

            if (ok is { } verdict)
            {
                return (verdict, verdict ? string.Empty : (problem.Length > 0 ? problem : "the picture does not match its prompt"));
            }
        }

        return null;
    }

    private static string Or(string text) => string.IsNullOrWhiteSpace(text) ? "(none)" : text;
}
