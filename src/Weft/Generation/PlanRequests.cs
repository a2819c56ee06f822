using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;

namespace Weft.Generation;

/// <summary>Builds the planner's requests (first ask and the one repair), keyed like judge requests so that the run store caches them.</summary>
internal sealed class PlanRequests(JudgeSettings settings, IImageIndex images)
{
    /// <summary>The conversation sent both to a planner and to an endpoint system: the task, then its input in order.</summary>
    public static List<AIContent> Task(Instance instance)
    {
        var parts = new List<AIContent> { new TextContent("Task: " + instance.Instruction) };
        if (instance.Input.Count > 0)
        {
            parts.Add(new TextContent("Input:"));
            parts.AddRange(instance.Input);
        }

        return parts;
    }

    public JudgeRequest Plan(Instance instance) => Build(
        "plan",
        [new ChatMessage(ChatRole.System, GenerationPrompts.PlanSystem), new ChatMessage(ChatRole.User, Task(instance))]);

    public JudgeRequest Repair(JudgeRequest first, string reply, string problem) => Build(
        "plan-repair",
        [.. first.Messages, new ChatMessage(ChatRole.Assistant, reply), new ChatMessage(ChatRole.User, GenerationPrompts.PlanRepair.Replace("{problem}", problem, StringComparison.Ordinal))]);

    private JudgeRequest Build(string purpose, IReadOnlyList<ChatMessage> messages)
    {
        var options = new ChatOptions
        {
            Temperature = settings.Temperature,
            MaxOutputTokens = settings.MaxOutputTokens ?? 2000,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(PlanSchema.Plan, "generation_plan", "The answer as ordered text blocks and image prompts."),
        };
        var (key, canonical) = RequestKey.Compute(settings, messages, options, images);
        return new JudgeRequest(key, purpose, messages, options, [], canonical);
    }
}
