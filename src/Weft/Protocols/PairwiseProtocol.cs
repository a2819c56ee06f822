using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Protocols;

/// <summary>
/// The pairwise protocol: a multimodal judge sees one instance and two system outputs (Response 1 shown first, called
/// A; Response 2, called B) and answers A, B, Tie(A) or Tie(B) with an explanation, as a JSON-schema structured reply.
/// </summary>
public sealed class PairwiseProtocol : IJudgeProtocol
{
    /// <summary>The protocol name stored in the run.</summary>
    public const string Name = "pairwise";

    /// <summary>Reply token limit when the settings name none.</summary>
    public const int DefaultMaxOutputTokens = 600;

    /// <summary>Creates the protocol with the judge settings requests are built with.</summary>
    public PairwiseProtocol(JudgeSettings settings) => Settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>The judge settings requests are built with.</summary>
    public JudgeSettings Settings { get; }

    /// <summary>The one criterion: which response is better, as a label stored with the value of its <see cref="PairwiseWinner"/>.</summary>
    public const string WinnerCriterion = "winner";

    private static readonly IReadOnlyList<Criterion> WinnerOnly =
    [
        new(WinnerCriterion, CriterionScale.Of([.. new[] { PairwiseWinner.A, PairwiseWinner.B, PairwiseWinner.TieA, PairwiseWinner.TieB }.Select(w => new CriterionLabel(PairwiseWinners.Name(w), (int)w))]), "Which response is better."),
    ];

    /// <inheritdoc />
    public string Id => Name;

    /// <inheritdoc />
    public string PromptId => PairwisePrompt.Id;

    /// <inheritdoc />
    public string PromptHash => PairwisePrompt.Hash;

    /// <inheritdoc />
    public JudgeUnitKind Unit => JudgeUnitKind.Pair;

    /// <inheritdoc />
    public IReadOnlyList<Criterion> Criteria => WinnerOnly;

    /// <inheritdoc />
    public VerdictAggregation Aggregation => VerdictAggregation.WinRate;

    /// <inheritdoc />
    public UnitCriteria Decide(JudgeUnit unit) => new([WinnerCriterion], []);

    /// <inheritdoc />
    public IReadOnlyList<JudgeRequest> BuildRequests(JudgeUnit unit, IReadOnlyList<string> criteria, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria.Count == 0 ? [] : [BuildRequest(unit.Instance, unit.Output, unit.Second ?? throw new ArgumentException("A pairwise unit needs two outputs.", nameof(unit)), images)];
    }

    /// <inheritdoc />
    public ReplyReading Parse(JudgeRequest request, string reply)
    {
        var parsed = PairwiseReplyParser.Parse(reply);
        return parsed.Winner is { } winner
            ? new ReplyReading([new CriterionReading(WinnerCriterion, (int)winner, PairwiseWinners.Name(winner), parsed.Explanation)], [], parsed.Method)
            : new ReplyReading([], [new CriterionProblem(WinnerCriterion, parsed.Problem ?? "no verdict found")], parsed.Method);
    }

    /// <inheritdoc />
    public JudgeRequest BuildRepair(JudgeRequest original, string reply, ReplyReading reading, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(reading);
        var messages = new List<ChatMessage>(original.Messages)
        {
            new(ChatRole.Assistant, reply),
            new(ChatRole.User, PairwisePrompt.Repair(reading.ProblemOf(WinnerCriterion))),
        };
        return Build("repair", messages, images);
    }

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
        return new JudgeRequest(key, purpose, messages, options, [WinnerCriterion], canonical);
    }
}
