using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Protocols;

/// <summary>
/// The <c>opening-score</c> protocol (OpenING's absolute scoring): a judge scores one output 0–10 with a justification
/// on each of the seven <see cref="OpeningCriteria"/>, as a JSON-schema structured reply.
/// </summary>
public sealed class OpeningScoreProtocol : IJudgeProtocol
{
    /// <summary>The protocol name used on the command line and in the store.</summary>
    public const string Name = "opening-score";

    /// <summary>Reply token limit when the settings name none: seven scores with a sentence or two each.</summary>
    public const int DefaultMaxOutputTokens = 1200;

    /// <summary>The score range.</summary>
    public static ScoreScale Scale { get; } = new(0, 10);

    /// <summary>Creates the protocol with the judge settings requests are built with.</summary>
    public OpeningScoreProtocol(JudgeSettings settings) => Settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>The judge settings requests are built with.</summary>
    public JudgeSettings Settings { get; }

    /// <summary>The seven criteria, each 0–10, never N/A.</summary>
    public static IReadOnlyList<Criterion> SevenCriteria { get; } =
        [.. OpeningCriteria.All.Select(c => new Criterion(c, CriterionScale.Range(Scale.Min, Scale.Max), OpeningScorePrompt.Rubric(c)))];

    /// <inheritdoc />
    public string Id => Name;

    /// <inheritdoc />
    public string PromptId => OpeningScorePrompt.Id;

    /// <inheritdoc />
    public string PromptHash => OpeningScorePrompt.Hash;

    /// <inheritdoc />
    public JudgeUnitKind Unit => JudgeUnitKind.Output;

    /// <inheritdoc />
    public IReadOnlyList<Criterion> Criteria => SevenCriteria;

    /// <inheritdoc />
    public VerdictAggregation Aggregation => VerdictAggregation.Mean;

    /// <inheritdoc />
    public UnitCriteria Decide(JudgeUnit unit) => new(OpeningCriteria.All, []);

    /// <inheritdoc />
    public IReadOnlyList<JudgeRequest> BuildRequests(JudgeUnit unit, IReadOnlyList<string> criteria, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria.Count == 0 ? [] : [BuildRequest(unit.Instance, unit.Output, images)];
    }

    /// <inheritdoc />
    public ReplyReading Parse(JudgeRequest request, string reply) => ReplyReading.From(Parse(reply));

    /// <inheritdoc />
    public JudgeRequest BuildRepair(JudgeRequest original, string reply, ReplyReading reading, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(reading);
        return Build("repair", [.. original.Messages, new ChatMessage(ChatRole.Assistant, reply), new ChatMessage(ChatRole.User, OpeningScorePrompt.Repair(reading.ProblemText))], images);
    }

    /// <summary>The request scoring <paramref name="output"/> on <paramref name="instance"/> on all seven criteria.</summary>
    public JudgeRequest BuildRequest(Instance instance, SystemOutput output, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(output);
        var user = new List<AIContent>
        {
            new TextContent($"{InterleavedEvalPrompt.InstructionHeading}\n{(string.IsNullOrWhiteSpace(instance.Instruction) ? InterleavedEvalPrompt.Empty : instance.Instruction)}"),
            new TextContent(InterleavedEvalPrompt.InputHeading),
        };
        PromptBlocks.Append(user, instance.Input, "Input", images);
        user.Add(new TextContent(InterleavedEvalPrompt.OutputHeading));
        PromptBlocks.Append(user, output.Content, "Output", images);
        var list = string.Join("\n", OpeningCriteria.All.Select(c => $"- {c}: {OpeningScorePrompt.Rubric(c)}"));
        user.Add(new TextContent($"# Criteria\n{list}\n\n{OpeningScorePrompt.ReplyShape}"));
        return Build("judge", [new ChatMessage(ChatRole.System, OpeningScorePrompt.System), new ChatMessage(ChatRole.User, user)], images);
    }

    /// <summary>Reads a reply: one score 0–10 per criterion, labels matched ignoring case and punctuation; never invents a score.</summary>
    public static ScoreParseResult Parse(string reply) => ScoreReplyParser.Parse(reply, OpeningCriteria.All, OpeningCriteria.Match, Scale);

    /// <summary>The JSON schema of a reply: the seven criteria, each {"Score": 0–10, "Justification": string}.</summary>
    public static JsonElement ReplySchema { get; } = BuildSchema();

    // One format object for every request: Microsoft.Extensions.AI caches its strict-schema transform per format object.
    private static ChatResponseFormatJson ReplyFormat { get; } = ChatResponseFormat.ForJsonSchema(ReplySchema, "opening_scores", "Score and justification for each of the seven criteria.");

    private static JsonElement BuildSchema()
    {
        var properties = new JsonObject();
        foreach (var criterion in OpeningCriteria.All)
        {
            properties[criterion] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = OpeningScorePrompt.Rubric(criterion),
                ["properties"] = new JsonObject
                {
                    ["Score"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 10 },
                    ["Justification"] = new JsonObject { ["type"] = "string" },
                },
                ["required"] = new JsonArray("Score", "Justification"),
                ["additionalProperties"] = false,
            };
        }

        return JsonSerializer.SerializeToElement(new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. OpeningCriteria.All.Select(c => (JsonNode)c)]),
            ["additionalProperties"] = false,
        });
    }

    private JudgeRequest Build(string purpose, IReadOnlyList<ChatMessage> messages, IImageIndex images)
    {
        var options = new ChatOptions
        {
            Temperature = Settings.Temperature,
            MaxOutputTokens = Settings.MaxOutputTokens ?? DefaultMaxOutputTokens,
            ResponseFormat = ReplyFormat,
        };
        var (key, canonical) = RequestKey.Compute(Settings, messages, options, images);
        return new JudgeRequest(key, purpose, messages, options, OpeningCriteria.All, canonical);
    }
}
