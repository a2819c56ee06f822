using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Weft.Protocols.Rubrics;

/// <summary>A protocol defined by a protocol file: the same contract as the built-in protocols, judged by the same loop.</summary>
public sealed class RubricProtocol : IJudgeProtocol
{
    private readonly ConcurrentDictionary<string, ChatResponseFormatJson> formats = new(StringComparer.Ordinal);
    private readonly RubricReplyReader reader;

    /// <summary>Creates the protocol of <paramref name="definition"/>, asked with <paramref name="settings"/>.</summary>
    public RubricProtocol(RubricDefinition definition, JudgeSettings settings)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        reader = new RubricReplyReader(definition);
        Criteria = [.. definition.Criteria.Select(c => c.Criterion)];
        PromptHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definition.Canonical)));
    }

    /// <summary>The file's definition.</summary>
    public RubricDefinition Definition { get; }

    /// <summary>The judge settings requests are built with.</summary>
    public JudgeSettings Settings { get; }

    /// <inheritdoc />
    public string Id => Definition.Id;

    /// <inheritdoc />
    public string PromptId => $"{Definition.Id}/v{Definition.Version}";

    /// <inheritdoc />
    public string PromptHash { get; }

    /// <inheritdoc />
    public JudgeUnitKind Unit => Definition.Unit;

    /// <inheritdoc />
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <inheritdoc />
    public VerdictAggregation Aggregation => Definition.Aggregation;

    /// <inheritdoc />
    public UnitCriteria Decide(JudgeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Definition.Decide(unit);
    }

    /// <inheritdoc />
    public IReadOnlyList<JudgeRequest> BuildRequests(JudgeUnit unit, IReadOnlyList<string> criteria, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.Count == 0)
        {
            return [];
        }

        var asked = Criteria.Where(c => criteria.Contains(c.Name)).ToList();

        // --per-aspect asks each criterion in a request of its own.
        return Settings.PerAspect ? [.. asked.Select(c => Request(unit, [c], images))] : [Request(unit, asked, images)];
    }

    private JudgeRequest Request(JudgeUnit unit, IReadOnlyList<Criterion> asked, IImageIndex images)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["instruction"] = string.IsNullOrWhiteSpace(unit.Instance.Instruction) ? InterleavedEvalPrompt.Empty : unit.Instance.Instruction,
            ["task"] = unit.Instance.Task,
            ["criteria"] = string.Join("\n", asked.Select(Line)),
            ["criteria_names"] = string.Join(", ", asked.Select(c => c.Name)),
        };
        var user = new List<AIContent>();
        foreach (var part in Definition.Prompt)
        {
            switch (RubricPlaceholders.ContentOf(part))
            {
                case "input":
                    PromptBlocks.Append(user, unit.Instance.Input, "Input", images);
                    break;
                case "output":
                    PromptBlocks.Append(user, unit.Output.Content, "Output", images);
                    break;
                case "reference":
                    PromptBlocks.Append(user, unit.Instance.Reference ?? [], "Reference", images);
                    break;
                default:
                    user.Add(new TextContent(RubricPlaceholders.Fill(part, values)));
                    break;
            }
        }

        return Build("judge", [new ChatMessage(ChatRole.System, Definition.System), new ChatMessage(ChatRole.User, user)], [.. asked.Select(c => c.Name)], images);
    }

    /// <inheritdoc />
    public ReplyReading Parse(JudgeRequest request, string reply)
    {
        ArgumentNullException.ThrowIfNull(request);
        return reader.Read(request.Criteria, reply ?? string.Empty);
    }

    /// <inheritdoc />
    public JudgeRequest BuildRepair(JudgeRequest original, string reply, ReplyReading reading, IImageIndex images)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(reading);
        IReadOnlyList<string> asked = Definition.RepairAsks == "missing" ? [.. original.Criteria.Where(c => reading.Problems.Any(p => p.Key == c))] : original.Criteria;
        var message = RubricPlaceholders.Fill(Definition.Repair, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["problems"] = reading.ProblemText,
            ["criteria_names"] = string.Join(", ", asked),
        });
        return Build("repair", [.. original.Messages, new ChatMessage(ChatRole.Assistant, reply), new ChatMessage(ChatRole.User, message)], asked, images);
    }

    /// <summary>The JSON schema of a reply answering <paramref name="criteria"/>.</summary>
    public JsonElement ReplySchema(IReadOnlyList<string> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var reply = Definition.Reply;
        var properties = new JsonObject();
        foreach (var criterion in Criteria.Where(c => criteria.Contains(c.Name)))
        {
            var scale = criterion.Scale;
            JsonObject answer = scale.HasLabels
                ? new() { ["type"] = "string", ["enum"] = new JsonArray([.. scale.Labels.Select(l => (JsonNode)l.Name)]) }
                : scale.Step == 1 && reply.ScoreValues == "range"
                    ? new() { ["type"] = "integer", ["minimum"] = scale.Min, ["maximum"] = scale.Max }
                    : new() { ["type"] = "integer", ["enum"] = new JsonArray([.. Enumerable.Range(0, ((scale.Max - scale.Min) / scale.Step) + 1).Select(i => (JsonNode)(scale.Min + (i * scale.Step)))]) };
            var fields = new JsonObject();
            var explanation = new JsonObject { ["type"] = "string" };
            if (reply.ScoreFirst)
            {
                fields[reply.ScoreField] = answer;
                fields[reply.ExplanationField] = explanation;
            }
            else
            {
                fields[reply.ExplanationField] = explanation;
                fields[reply.ScoreField] = answer;
            }

            var item = new JsonObject { ["type"] = "object" };
            if (criterion.Description.Length > 0)
            {
                item["description"] = criterion.Description;
            }

            item["properties"] = fields;
            item["required"] = reply.ScoreFirst ? new JsonArray(reply.ScoreField, reply.ExplanationField) : new JsonArray(reply.ExplanationField, reply.ScoreField);
            item["additionalProperties"] = false;
            properties[criterion.Name] = item;
        }

        return JsonSerializer.SerializeToElement(new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. Criteria.Where(c => criteria.Contains(c.Name)).Select(c => (JsonNode)c.Name)]),
            ["additionalProperties"] = false,
        });
    }

    private string Line(Criterion criterion) => RubricPlaceholders.Fill(Definition.CriterionLine, new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = criterion.Name,
        ["title"] = Definition.Criteria.First(c => c.Criterion == criterion).Title,
        ["description"] = criterion.Description,
        ["scale"] = criterion.Scale.HasLabels ? string.Join(" / ", criterion.Scale.Labels.Select(l => l.Name)) : $"{criterion.Scale.Min}–{criterion.Scale.Max}",
    });

    // One format object per set of criteria: Microsoft.Extensions.AI caches its strict-schema transform per format object.
    private ChatResponseFormatJson? Format(IReadOnlyList<string> criteria) => !Definition.Reply.IsJson ? null : formats.GetOrAdd(
        string.Join('\u001f', criteria),
        _ => ChatResponseFormat.ForJsonSchema(ReplySchema(criteria), Definition.Reply.SchemaName, Definition.Reply.SchemaDescription));

    private JudgeRequest Build(string purpose, IReadOnlyList<ChatMessage> messages, IReadOnlyList<string> criteria, IImageIndex images)
    {
        var options = new ChatOptions
        {
            Temperature = Settings.Temperature,
            MaxOutputTokens = Settings.MaxOutputTokens ?? (Definition.MaxOutputTokensPerCriterion * criteria.Count) ?? Definition.MaxOutputTokens,
            ResponseFormat = Format(criteria),
        };
        var (key, canonical) = RequestKey.Compute(Settings, messages, options, images);
        return new JudgeRequest(key, purpose, messages, options, criteria, canonical);
    }
}
