using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Protocols;

/// <summary>
/// The pairwise protocol: a multimodal judge sees one instance and two system outputs (Response 1 shown first, called
/// A; Response 2, called B) and answers A, B, Tie(A) or Tie(B) with an explanation, as a JSON-schema structured reply.
/// </summary>
public sealed class PairwiseProtocol
{
    /// <summary>The protocol name stored in the run.</summary>
    public const string Name = "pairwise";

    /// <summary>Reply token limit when the settings name none.</summary>
    public const int DefaultMaxOutputTokens = 600;

    /// <summary>Creates the protocol with the judge settings requests are built with.</summary>
    public PairwiseProtocol(JudgeSettings settings) => Settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>The judge settings requests are built with.</summary>
    public JudgeSettings Settings { get; }

    /// <summary>The request comparing <paramref name="first"/> (shown first, A) with <paramref name="second"/> on <paramref name="instance"/>.</summary>
    public JudgeRequest BuildRequest(Instance instance, SystemOutput first, SystemOutput second, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var user = new List<AIContent>
        {
            new TextContent($"{PairwisePrompt.InstructionHeading}\n{(string.IsNullOrWhiteSpace(instance.Instruction) ? PairwisePrompt.Empty : instance.Instruction)}"),
            new TextContent(PairwisePrompt.InputHeading),
        };
        PromptBlocks.Append(user, instance.Input, "Input", images);
        user.Add(new TextContent(PairwisePrompt.FirstHeading));
        PromptBlocks.Append(user, first.Content, "Response 1", images);
        user.Add(new TextContent(PairwisePrompt.SecondHeading));
        PromptBlocks.Append(user, second.Content, "Response 2", images);
        user.Add(new TextContent(PairwisePrompt.ReplyShape));
        return Build("judge", [new ChatMessage(ChatRole.System, PairwisePrompt.System), new ChatMessage(ChatRole.User, user)], images);
    }

    /// <summary>The single follow-up sent when a reply gives no usable verdict.</summary>
    public JudgeRequest BuildRepair(JudgeRequest original, string reply, string problem, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(original);
        var messages = new List<ChatMessage>(original.Messages)
        {
            new(ChatRole.Assistant, reply),
            new(ChatRole.User, PairwisePrompt.Repair(problem)),
        };
        return Build("repair", messages, images);
    }

    /// <summary>The JSON schema of a reply: an explanation, then a winner among A, B, Tie(A) and Tie(B).</summary>
    public static JsonElement ReplySchema { get; } = JsonSerializer.SerializeToElement(new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["explanation"] = new JsonObject { ["type"] = "string" },
            ["winner"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("A", "B", "Tie(A)", "Tie(B)") },
        },
        ["required"] = new JsonArray("explanation", "winner"),
        ["additionalProperties"] = false,
    });

    // One format object for every request: Microsoft.Extensions.AI caches its strict-schema transform per format object.
    private static ChatResponseFormatJson ReplyFormat { get; } = ChatResponseFormat.ForJsonSchema(ReplySchema, "pairwise_verdict", "Explanation and the better of two responses.");

    private JudgeRequest Build(string purpose, IReadOnlyList<ChatMessage> messages, IImageIndex images)
    {
        var options = new ChatOptions
        {
            Temperature = Settings.Temperature,
            MaxOutputTokens = Settings.MaxOutputTokens ?? DefaultMaxOutputTokens,
            ResponseFormat = ReplyFormat,
        };
        var (key, canonical) = RequestKey.Compute(Settings, messages, options, images);
        return new JudgeRequest(key, purpose, messages, options, [], canonical);
    }
}
