using System.Text.Json;
using System.Text.RegularExpressions;
using Weft.Benchmarks;

namespace Weft.Protocols.Rubrics;

/// <summary>Checks a parsed rubric file field by field and builds its definition; every problem names file, line and field.</summary>
internal sealed class RubricReader(string file, JsonElement root, Func<string, int> lineOf)
{
    private static readonly string[] TopFields =
        ["$schema", "id", "version", "description", "unit", "criteria", "system", "prompt", "criterion_line", "repair", "repair_asks", "max_output_tokens", "max_output_tokens_per_criterion", "reply", "aggregation"];
    private static readonly string[] CriterionFields = ["name", "title", "aliases", "description", "scale", "labels", "not_applicable", "applies_when", "not_applicable_when"];
    private static readonly string[] RuleFields = ["task", "task_regex", "output_images_at_most", "output_texts_at_most", "reason"];
    private static readonly string[] ReplyFields = ["format", "score_field", "explanation_field", "score_first", "score_values", "schema_name", "schema_description", "pattern"];

    private readonly List<DataError> errors = [];

    /// <summary>The definition, or a <see cref="DataFormatException"/> listing every problem.</summary>
    public RubricDefinition Read()
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DataFormatException(new DataError(file, 1, JsonPointers.RootName, "expected an object with id, version, criteria, system, prompt, repair and reply"));
        }

        Unknown(root, "", TopFields);
        var id = Text(root, "/id", required: true) ?? string.Empty;
        if (id.Length > 0 && !Regex.IsMatch(id, "^[a-z0-9][a-z0-9-]*$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            Error("/id", $"'{id}' is not a protocol id: use lowercase letters, digits and hyphens");
        }

        var version = Integer(root, "/version", required: true, min: 1) ?? 1;
        var unit = Text(root, "/unit", required: false) ?? "output";
        var unitKind = unit switch
        {
            "output" => JudgeUnitKind.Output,
            "output_with_reference" => JudgeUnitKind.OutputWithReference,
            "pair" or "instance" => Fail(JudgeUnitKind.Output, "/unit", $"unit '{unit}' is not supported in protocol files yet; use output or output_with_reference (pairwise comparisons: weft arena judge)"),
            _ => Fail(JudgeUnitKind.Output, "/unit", $"unknown unit '{unit}'; expected output or output_with_reference"),
        };
        var criteria = Criteria();
        var system = Text(root, "/system", required: true) ?? string.Empty;
        var prompt = Prompt(unitKind);
        var line = Text(root, "/criterion_line", required: false) ?? "- {name}: {description}";
        Placeholders(line, "/criterion_line", RubricPlaceholders.Line);
        var repair = Text(root, "/repair", required: true) ?? string.Empty;
        Placeholders(repair, "/repair", RubricPlaceholders.Repair);
        var repairAsks = Text(root, "/repair_asks", required: false) ?? "all";
        if (repairAsks is not ("all" or "missing"))
        {
            Error("/repair_asks", $"expected all or missing, found '{repairAsks}'");
        }
        if (repair.Length > 0 && !RubricPlaceholders.In(repair).Contains("problems"))
        {
            Error("/repair", "the repair message must hold {problems}, so the judge learns what to fix");
        }

        Placeholders(system, "/system", []);
        var tokens = Integer(root, "/max_output_tokens", required: false, min: 1) ?? 800;
        var perCriterion = Integer(root, "/max_output_tokens_per_criterion", required: false, min: 1);
        var reply = Reply(id, criteria.Count);
        var aggregation = Text(root, "/aggregation", required: false) ?? "mean";
        if (aggregation != "mean")
        {
            Error("/aggregation", aggregation == "win_rate" ? "win_rate needs unit pair, which protocol files do not support yet" : $"unknown aggregation '{aggregation}'; expected mean");
        }

        if (errors.Count > 0)
        {
            throw new DataFormatException(errors);
        }

        var canonical = JsonSerializer.Serialize(root);
        return new RubricDefinition(id, version, Text(root, "/description", required: false) ?? string.Empty, unitKind, criteria, system, prompt, line, repair, tokens, perCriterion, repairAsks, reply, VerdictAggregation.Mean, canonical);
    }

    private List<RubricCriterion> Criteria()
    {
        var result = new List<RubricCriterion>();
        if (!root.TryGetProperty("criteria", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            Error("/criteria", "expected a list of one or more criteria");
            return result;
        }

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"/criteria/{index++}";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(at, "expected an object with name and scale or labels");
                continue;
            }

            Unknown(item, at, CriterionFields);
            var name = Text(item, at + "/name", required: true);
            if (name is not null && !names.TryAdd(name, index - 1))
            {
                Error(at + "/name", $"criterion '{name}' is listed twice (also criteria/{names[name]})");
            }

            var scale = Scale(item, at);
            var applies = AppliesWhen(item, at);
            var rules = Rules(item, at);
            var na = item.TryGetProperty("not_applicable", out var naValue) && Bool(naValue, at + "/not_applicable");
            var title = Text(item, at + "/title", required: false);
            var aliases = Texts(item, at + "/aliases");
            if (name is not null && scale is not null)
            {
                var criterion = new Criterion(name, scale, Text(item, at + "/description", required: false) ?? string.Empty, na || applies is not null || rules.Count > 0);
                result.Add(new RubricCriterion(criterion, applies, title ?? name, aliases, rules));
            }
        }

        return result;
    }

    private CriterionScale? Scale(JsonElement item, string at)
    {
        var hasScale = item.TryGetProperty("scale", out var scale);
        var hasLabels = item.TryGetProperty("labels", out var labels);
        if (hasScale == hasLabels)
        {
            Error(at, hasScale ? "give either scale or labels, not both" : "missing scale (min, max, step) or labels");
            return null;
        }

        if (hasScale)
        {
            if (scale.ValueKind != JsonValueKind.Object)
            {
                Error(at + "/scale", "expected {\"min\": integer, \"max\": integer, \"step\": integer}");
                return null;
            }

            Unknown(scale, at + "/scale", ["min", "max", "step"]);
            var min = Integer(scale, at + "/scale/min", required: true, min: null);
            var max = Integer(scale, at + "/scale/max", required: true, min: null);
            var step = Integer(scale, at + "/scale/step", required: false, min: 1) ?? 1;
            if (min is null || max is null)
            {
                return null;
            }

            if (min >= max)
            {
                Error(at + "/scale", $"min {min} must be below max {max}");
                return null;
            }

            if ((max - min) % step != 0)
            {
                Error(at + "/scale/step", $"step {step} does not lead from {min} to {max}");
                return null;
            }

            return new CriterionScale(min.Value, max.Value, step, []);
        }

        if (labels.ValueKind != JsonValueKind.Array || labels.GetArrayLength() < 2)
        {
            Error(at + "/labels", "expected a list of two or more labels, each {\"name\": text, \"value\": integer}");
            return null;
        }

        var found = new List<CriterionLabel>();
        var i = 0;
        foreach (var label in labels.EnumerateArray())
        {
            var where = $"{at}/labels/{i++}";
            var name = label.ValueKind == JsonValueKind.Object ? Text(label, where + "/name", required: true) : Fail<string?>(null, where, "expected {\"name\": text, \"value\": integer}");
            var value = label.ValueKind == JsonValueKind.Object ? Integer(label, where + "/value", required: true, min: null) : null;
            if (name is null || value is null)
            {
                continue;
            }

            if (found.Any(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                Error(where + "/name", $"label '{name}' is listed twice");
            }
            else if (found.Any(f => f.Value == value))
            {
                Error(where + "/value", $"value {value} is already the value of label '{found.First(f => f.Value == value).Name}'");
            }
            else
            {
                found.Add(new CriterionLabel(name.Trim(), value.Value));
            }
        }

        return found.Count == labels.GetArrayLength() ? CriterionScale.Of(found) : null;
    }

    private List<NotApplicableRule> Rules(JsonElement item, string at)
    {
        var rules = new List<NotApplicableRule>();
        if (!item.TryGetProperty("not_applicable_when", out var list))
        {
            return rules;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            Error(at + "/not_applicable_when", "expected a list of rules, each with conditions and a reason");
            return rules;
        }

        var i = 0;
        foreach (var rule in list.EnumerateArray())
        {
            var where = $"{at}/not_applicable_when/{i++}";
            if (rule.ValueKind != JsonValueKind.Object)
            {
                Error(where, "expected {\"reason\": text, and conditions: task, task_regex, output_images_at_most, output_texts_at_most}");
                continue;
            }

            Unknown(rule, where, RuleFields);
            var reason = Text(rule, where + "/reason", required: true);
            Placeholders(reason ?? string.Empty, where + "/reason", ["task"]);
            Regex? regex = null;
            if (Text(rule, where + "/task_regex", required: false) is { } pattern)
            {
                try
                {
                    regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    Error(where + "/task_regex", "not a valid regular expression: " + e.Message);
                }
            }

            var task = Text(rule, where + "/task", required: false);
            var images = Integer(rule, where + "/output_images_at_most", required: false, min: 0);
            var texts = Integer(rule, where + "/output_texts_at_most", required: false, min: 0);
            if (task is null && regex is null && images is null && texts is null)
            {
                Error(where, "a rule needs at least one condition: task, task_regex, output_images_at_most or output_texts_at_most");
            }
            else if (reason is not null)
            {
                rules.Add(new NotApplicableRule(task, regex, images, texts, reason));
            }
        }

        return rules;
    }

    private List<string> Texts(JsonElement element, string pointer)
    {
        var name = pointer[(pointer.LastIndexOf('/') + 1)..];
        if (!element.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            Error(pointer, "expected a list of texts");
            return [];
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

    private AppliesWhen? AppliesWhen(JsonElement item, string at)
    {
        if (!item.TryGetProperty("applies_when", out var when))
        {
            return null;
        }

        if (when.ValueKind != JsonValueKind.Object)
        {
            Error(at + "/applies_when", "expected {\"task\": pattern} and/or {\"metadata\": {key: value}}");
            return null;
        }

        Unknown(when, at + "/applies_when", ["task", "metadata"]);
        var task = Text(when, at + "/applies_when/task", required: false);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (when.TryGetProperty("metadata", out var meta))
        {
            if (meta.ValueKind != JsonValueKind.Object)
            {
                Error(at + "/applies_when/metadata", "expected an object of metadata keys and the values they must have");
            }
            else
            {
                foreach (var pair in meta.EnumerateObject())
                {
                    metadata[pair.Name] = pair.Value.ValueKind == JsonValueKind.String ? pair.Value.GetString()! : pair.Value.GetRawText();
                }
            }
        }

        return new AppliesWhen(task, metadata);
    }

    private List<string> Prompt(JudgeUnitKind unit)
    {
        var parts = new List<string>();
        if (!root.TryGetProperty("prompt", out var prompt) || prompt.ValueKind is not (JsonValueKind.Array or JsonValueKind.String))
        {
            Error("/prompt", "expected the user message: a text, or a list of parts (a part that is exactly {input}, {output} or {reference} becomes that content)");
            return parts;
        }

        var entries = prompt.ValueKind == JsonValueKind.String ? [prompt] : prompt.EnumerateArray().ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var at = prompt.ValueKind == JsonValueKind.String ? "/prompt" : $"/prompt/{i}";
            if (entries[i].ValueKind != JsonValueKind.String)
            {
                Error(at, "expected a text");
                continue;
            }

            var part = entries[i].GetString()!;
            parts.Add(part);
            if (RubricPlaceholders.ContentOf(part) is { } content)
            {
                if (content == "reference" && unit != JudgeUnitKind.OutputWithReference)
                {
                    Error(at, "{reference} needs \"unit\": \"output_with_reference\"");
                }

                continue;
            }

            foreach (var name in RubricPlaceholders.In(part).Where(RubricPlaceholders.Content.Contains))
            {
                Error(at, $"{{{name}}} holds text and images, so it must be a prompt part of its own");
            }

            Placeholders(part, at, [.. RubricPlaceholders.Text, .. RubricPlaceholders.Content]);
        }

        if (!parts.Any(p => RubricPlaceholders.ContentOf(p) == "output"))
        {
            Error("/prompt", "the prompt never shows the output: add a part that is exactly {output}");
        }

        return parts;
    }

    private RubricReply Reply(string id, int criteria)
    {
        var fallback = new RubricReply("json", "score", "explanation", false, id.Replace('-', '_'), null, null);
        if (!root.TryGetProperty("reply", out var reply))
        {
            return fallback;
        }

        if (reply.ValueKind != JsonValueKind.Object)
        {
            Error("/reply", "expected {\"format\": \"json\"} or {\"format\": \"regex\", \"pattern\": ...}");
            return fallback;
        }

        Unknown(reply, "/reply", ReplyFields);
        var format = Text(reply, "/reply/format", required: true) ?? "json";
        string? pattern = null;
        if (format == "regex")
        {
            pattern = Text(reply, "/reply/pattern", required: true);
            if (pattern is not null)
            {
                try
                {
                    var groups = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1)).GetGroupNumbers().Length - 1;
                    if (groups != criteria)
                    {
                        Error("/reply/pattern", $"the pattern has {groups} capture group{(groups == 1 ? "" : "s")}; it needs one per criterion ({criteria}), in criteria order (use (?:...) for other groups)");
                    }
                }
                catch (ArgumentException e)
                {
                    Error("/reply/pattern", "not a valid regular expression: " + e.Message);
                }
            }
        }
        else if (format != "json")
        {
            Error("/reply/format", $"unknown reply format '{format}'; expected json or regex");
        }

        return new RubricReply(
            format,
            Text(reply, "/reply/score_field", required: false) ?? "score",
            Text(reply, "/reply/explanation_field", required: false) ?? "explanation",
            reply.TryGetProperty("score_first", out var first) && Bool(first, "/reply/score_first"),
            Text(reply, "/reply/schema_name", required: false) ?? fallback.SchemaName,
            Text(reply, "/reply/schema_description", required: false),
            pattern,
            ScoreValues(reply));
    }

    private string ScoreValues(JsonElement reply)
    {
        var values = Text(reply, "/reply/score_values", required: false) ?? "range";
        return values is "range" or "enum" ? values : Fail("range", "/reply/score_values", $"expected range or enum, found '{values}'");
    }

    private void Placeholders(string text, string at, IReadOnlyList<string> allowed)
    {
        foreach (var name in RubricPlaceholders.In(text).Distinct().Where(n => !allowed.Contains(n)))
        {
            Error(at, allowed.Count == 0 ? $"unknown placeholder {{{name}}}: this text takes none" : $"unknown placeholder {{{name}}}; expected one of {string.Join(", ", allowed.Select(a => "{" + a + "}"))}");
        }
    }

    private void Unknown(JsonElement element, string at, IReadOnlyList<string> known)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            Error($"{at}/{property.Name}", $"unknown field '{property.Name}'; expected one of {string.Join(", ", known.Where(k => k != "$schema"))}");
        }
    }

    private string? Text(JsonElement element, string pointer, bool required)
    {
        var name = pointer[(pointer.LastIndexOf('/') + 1)..];
        if (!element.TryGetProperty(name, out var value))
        {
            return required ? Fail<string?>(null, pointer, "missing") : null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0 ? value.GetString() : Fail<string?>(null, pointer, "expected a non-empty text");
    }

    private int? Integer(JsonElement element, string pointer, bool required, int? min)
    {
        var name = pointer[(pointer.LastIndexOf('/') + 1)..];
        if (!element.TryGetProperty(name, out var value))
        {
            return required ? Fail<int?>(null, pointer, "missing") : null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            return Fail<int?>(null, pointer, $"expected an integer, found {value.GetRawText()}");
        }

        return number < min ? Fail<int?>(null, pointer, $"must be {min} or more, found {number}") : number;
    }

    private bool Bool(JsonElement value, string pointer) =>
        value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => Fail(false, pointer, "expected true or false"),
        };

    private T Fail<T>(T result, string pointer, string problem)
    {
        Error(pointer, problem);
        return result;
    }

    private void Error(string pointer, string problem) => errors.Add(new DataError(file, lineOf(pointer), Field(pointer), problem));

    // Fields are named the way a reader finds them in the file: criteria[1].scale.min.
    private static string Field(string pointer) =>
        pointer.Length == 0 ? JsonPointers.RootName : Regex.Replace(pointer.TrimStart('/'), "/([0-9]+)", "[$1]", RegexOptions.None, TimeSpan.FromSeconds(1)).Replace('/', '.');
}
