using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Protocols;

/// <summary>
/// The <c>interleaved-eval</c> protocol: a multimodal judge scores an output 0–5 with an explanation on each of the
/// five InterleavedEval aspects that apply to it. By default one request asks for all applicable aspects as a
/// JSON-schema structured reply; with <see cref="JudgeSettings.PerAspect"/> each aspect is asked separately.
/// </summary>
public sealed class InterleavedEvalProtocol : IJudgeProtocol
{
    private static readonly ConcurrentDictionary<string, ChatResponseFormatJson> ReplyFormats = new(StringComparer.Ordinal);

    /// <summary>The protocol name used on the command line and in the store.</summary>
    public const string Name = "interleaved-eval";

    private const int TokensPerAspect = 400;

    private readonly ApplicabilityRules rules;

    /// <summary>Creates the protocol with its applicability rules and judge settings.</summary>
    public InterleavedEvalProtocol(JudgeSettings settings, ApplicabilityRules? rules = null)
    {
        Settings = settings;
        this.rules = rules ?? ApplicabilityRules.Default;
    }

    /// <summary>The judge settings requests are built with.</summary>
    public JudgeSettings Settings { get; }

    /// <summary>The five aspects, each 0–5 and N/A where the content or task rules say so.</summary>
    public static IReadOnlyList<Criterion> AspectCriteria { get; } =
        [.. Aspects.All.Select(a => new Criterion(Aspects.Key(a), CriterionScale.Range(InterleavedEvalPrompt.MinScore, InterleavedEvalPrompt.MaxScore), InterleavedEvalPrompt.Rubric(a), AllowsNotApplicable: true))];

    /// <inheritdoc />
    public string Id => Name;

    /// <inheritdoc />
    public string PromptId => InterleavedEvalPrompt.Id;

    /// <inheritdoc />
    public string PromptHash => InterleavedEvalPrompt.Hash;

    /// <inheritdoc />
    public JudgeUnitKind Unit => JudgeUnitKind.Output;

    /// <inheritdoc />
    public IReadOnlyList<Criterion> Criteria => AspectCriteria;

    /// <inheritdoc />
    public VerdictAggregation Aggregation => VerdictAggregation.Mean;

    /// <summary>Which aspects apply to this output.</summary>
    public Applicability Decide(Instance instance, SystemOutput output) => rules.Decide(instance.Task, output.Content);

    /// <inheritdoc />
    public UnitCriteria Decide(JudgeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var decided = Decide(unit.Instance, unit.Output);
        return new UnitCriteria([.. decided.Applicable.Select(Aspects.Key)], [.. decided.NotApplicable.Select(v => new NotApplicable(Aspects.Key(v.Aspect), v.Explanation ?? string.Empty))]);
    }

    /// <inheritdoc />
    public IReadOnlyList<JudgeRequest> BuildRequests(JudgeUnit unit, IReadOnlyList<string> criteria, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return BuildRequests(unit.Instance, unit.Output, AspectsOf(criteria), images);
    }

    /// <inheritdoc />
    public ReplyReading Parse(JudgeRequest request, string reply) => ReplyReading.From(ParseScores(request, reply));

    /// <inheritdoc />
    public JudgeRequest BuildRepair(JudgeRequest original, string reply, ReplyReading reading, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(reading);
        var missing = AspectsOf([.. original.Criteria.Where(c => reading.Problems.Any(p => p.Key == c))]);
        var messages = new List<ChatMessage>(original.Messages)
        {
            new(ChatRole.Assistant, reply),
            new(ChatRole.User, InterleavedEvalPrompt.Repair(reading.ProblemText, KeyList(missing))),
        };
        return Build("repair", messages, missing, images);
    }

    /// <summary>The requests that score the applicable aspects: one, or one per aspect.</summary>
    public IReadOnlyList<JudgeRequest> BuildRequests(Instance instance, SystemOutput output, IReadOnlyList<Aspect> applicable, IImageIndex images)
    {
        if (applicable.Count == 0)
        {
            return [];
        }

        var groups = Settings.PerAspect ? applicable.Select(a => (IReadOnlyList<Aspect>)[a]) : [applicable];
        return [.. groups.Select(aspects => Build("judge", Conversation(instance, output, aspects, images), aspects, images))];
    }

    /// <summary>Reads a reply for the aspects a request asked for; never invents a score.</summary>
    public static ScoreParseResult ParseScores(JudgeRequest request, string reply)
    {
        ArgumentNullException.ThrowIfNull(request);
        return VerdictParser.Parse(reply, AspectsOf(request.Criteria));
    }

    /// <summary>The JSON schema of a reply scoring <paramref name="aspects"/>.</summary>
    public static JsonElement ReplySchema(IReadOnlyList<Aspect> aspects)
    {
        var properties = new JsonObject();
        foreach (var aspect in aspects)
        {
            properties[Aspects.Key(aspect)] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = InterleavedEvalPrompt.Rubric(aspect),
                ["properties"] = new JsonObject
                {
                    ["explanation"] = new JsonObject { ["type"] = "string" },
                    ["score"] = new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(0, 1, 2, 3, 4, 5) },
                },
                ["required"] = new JsonArray("explanation", "score"),
                ["additionalProperties"] = false,
            };
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. aspects.Select(a => (JsonNode)Aspects.Key(a))]),
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(schema);
    }

    // One format object per set of aspects: Microsoft.Extensions.AI caches its strict-schema transform per format
    // object, so a new one per request would redo the transform (and rebuild the schema) for every request.
    private static ChatResponseFormatJson ReplyFormat(IReadOnlyList<Aspect> aspects) =>
        ReplyFormats.GetOrAdd(
            string.Join(',', aspects.Select(Aspects.Key)),
            static (_, aspects) => ChatResponseFormat.ForJsonSchema(ReplySchema(aspects), "interleaved_eval_verdict", "Explanation and score for each requested aspect."),
            aspects);

    private JudgeRequest Build(string purpose, IReadOnlyList<ChatMessage> messages, IReadOnlyList<Aspect> aspects, IImageIndex images)
    {
        var options = new ChatOptions
        {
            Temperature = Settings.Temperature,
            MaxOutputTokens = Settings.MaxOutputTokens ?? TokensPerAspect * aspects.Count,
            ResponseFormat = ReplyFormat(aspects),
        };
        var (key, canonical) = RequestKey.Compute(Settings, messages, options, images);
        return new JudgeRequest(key, purpose, messages, options, [.. aspects.Select(Aspects.Key)], canonical);
    }

    private static List<ChatMessage> Conversation(Instance instance, SystemOutput output, IReadOnlyList<Aspect> aspects, IImageIndex images)
    {
        var user = new List<AIContent>
        {
            new TextContent($"{InterleavedEvalPrompt.InstructionHeading}\n{(string.IsNullOrWhiteSpace(instance.Instruction) ? InterleavedEvalPrompt.Empty : instance.Instruction)}"),
            new TextContent(InterleavedEvalPrompt.InputHeading),
        };
        PromptBlocks.Append(user, instance.Input, "Input", images);
        user.Add(new TextContent(InterleavedEvalPrompt.OutputHeading));
        PromptBlocks.Append(user, output.Content, "Output", images);

        var list = string.Join("\n", aspects.Select(a => $"- {Aspects.Key(a)} ({Aspects.DisplayName(a)}): {InterleavedEvalPrompt.Rubric(a)}"));
        user.Add(new TextContent($"{InterleavedEvalPrompt.AspectsHeading}\n{list}\n\n{InterleavedEvalPrompt.ReplyShape(KeyList(aspects))}"));

        return [new ChatMessage(ChatRole.System, InterleavedEvalPrompt.System), new ChatMessage(ChatRole.User, user)];
    }

    /// <summary>The aspects named by <paramref name="keys"/> (aspect keys, as requests carry them).</summary>
    internal static List<Aspect> AspectsOf(IReadOnlyList<string> keys) =>
        [.. keys.Select(k => Aspects.TryParse(k, out var aspect) ? aspect : throw new ArgumentException($"'{k}' is not an InterleavedEval aspect.", nameof(keys)))];

    private static string KeyList(IEnumerable<Aspect> aspects) => string.Join(", ", aspects.Select(Aspects.Key));
}
