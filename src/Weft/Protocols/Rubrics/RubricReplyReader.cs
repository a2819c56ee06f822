using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Weft.Protocols.Rubrics;

/// <summary>
/// Reads a reply to a rubric request. JSON replies: scores through <see cref="ScoreReplyParser"/> (the same tolerant
/// reading as the built-in protocols, one pass per scale), labels from the criterion's field or from a
/// <c>name: label</c> line. Regex replies: one capture group per criterion. Never invents an answer.
/// </summary>
internal sealed class RubricReplyReader(RubricDefinition definition)
{
    // Every spelling a reply may use for each criterion: its name, its title and its aliases, squashed.
    private readonly Dictionary<string, HashSet<string>> spellings = definition.Criteria.ToDictionary(
        c => c.Criterion.Name,
        c => new HashSet<string>(new[] { c.Criterion.Name, c.Title }.Concat(c.Aliases).Select(Squash), StringComparer.Ordinal),
        StringComparer.Ordinal);

    // The capture group of each criterion: one per criterion, in the file's criteria order.
    private readonly Dictionary<string, int> groups = definition.Criteria.Select((c, i) => (c.Criterion.Name, i + 1)).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);

    private readonly Regex? pattern = definition.Reply.Pattern is { } p ? new Regex(p, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null;

    public ReplyReading Read(IReadOnlyList<string> asked, string reply)
    {
        var criteria = definition.Criteria.Select(c => c.Criterion).Where(c => asked.Contains(c.Name)).ToList();
        var values = new List<CriterionReading>();
        var problems = new List<CriterionProblem>();
        var methods = new List<ParseMethod>();
        if (pattern is not null)
        {
            ReadPattern(criteria, reply, values, problems, methods);
        }
        else
        {
            ReadJson(criteria, reply, values, problems, methods);
        }

        var method = methods.Count == 0 || methods.All(m => m == ParseMethod.None) ? ParseMethod.None : methods.Where(m => m != ParseMethod.None).Max();
        return new ReplyReading(
            [.. criteria.Select(c => values.FirstOrDefault(v => v.Key == c.Name)).OfType<CriterionReading>()],
            [.. criteria.Select(c => problems.FirstOrDefault(p => p.Key == c.Name)).OfType<CriterionProblem>()],
            method);
    }

    private void ReadJson(List<Criterion> criteria, string reply, List<CriterionReading> values, List<CriterionProblem> problems, List<ParseMethod> methods)
    {
        foreach (var group in criteria.Where(c => !c.Scale.HasLabels).GroupBy(c => (c.Scale.Min, c.Scale.Max)))
        {
            var keys = group.Select(c => c.Name).ToList();
            var parsed = ScoreReplyParser.Parse(reply, keys, label => keys.FirstOrDefault(k => spellings[k].Contains(Squash(label))), new ScoreScale(group.Key.Min, group.Key.Max));
            methods.Add(parsed.Method);
            problems.AddRange(parsed.Problems);
            foreach (var score in parsed.Scores)
            {
                var scale = group.First(c => c.Name == score.Key).Scale;
                if (scale.Allows(score.Score))
                {
                    values.Add(new CriterionReading(score.Key, score.Score, null, score.Explanation));
                }
                else
                {
                    problems.Add(new CriterionProblem(score.Key, string.Create(CultureInfo.InvariantCulture, $"score {score.Score} is outside the steps of {scale.Min}–{scale.Max} by {scale.Step}")));
                }
            }
        }

        var labelled = criteria.Where(c => c.Scale.HasLabels).ToList();
        if (labelled.Count == 0)
        {
            return;
        }

        var json = JsonObjectIn(reply);
        methods.Add(ParseMethod.None);
        foreach (var criterion in labelled)
        {
            var (text, explanation, fromJson) = LabelIn(json, reply, criterion.Name);
            if (text is null)
            {
                problems.Add(new CriterionProblem(criterion.Name, "missing"));
            }
            else if (criterion.Scale.Label(text) is { } label)
            {
                methods.Add(fromJson ? ParseMethod.TolerantJson : ParseMethod.Text);
                values.Add(new CriterionReading(criterion.Name, label.Value, label.Name, explanation));
            }
            else
            {
                problems.Add(new CriterionProblem(criterion.Name, $"'{text}' is not one of {string.Join(", ", criterion.Scale.Labels.Select(l => l.Name))}"));
            }
        }
    }

    private void ReadPattern(List<Criterion> criteria, string reply, List<CriterionReading> values, List<CriterionProblem> problems, List<ParseMethod> methods)
    {
        Match match;
        try
        {
            match = pattern!.Match(reply);
        }
        catch (RegexMatchTimeoutException)
        {
            match = Match.Empty;
        }

        methods.Add(match.Success ? ParseMethod.Text : ParseMethod.None);
        foreach (var criterion in criteria)
        {
            var group = match.Success ? match.Groups[groups[criterion.Name]] : null;
            if (group is not { Success: true })
            {
                problems.Add(new CriterionProblem(criterion.Name, match.Success ? "missing" : "the reply does not match the reply pattern"));
                continue;
            }

            var text = group.Value.Trim();
            if (criterion.Scale.HasLabels)
            {
                if (criterion.Scale.Label(text) is { } label)
                {
                    values.Add(new CriterionReading(criterion.Name, label.Value, label.Name, reply.Trim()));
                }
                else
                {
                    problems.Add(new CriterionProblem(criterion.Name, $"'{text}' is not one of {string.Join(", ", criterion.Scale.Labels.Select(l => l.Name))}"));
                }
            }
            else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) && criterion.Scale.Allows(score))
            {
                values.Add(new CriterionReading(criterion.Name, score, null, reply.Trim()));
            }
            else
            {
                problems.Add(new CriterionProblem(criterion.Name, string.Create(CultureInfo.InvariantCulture, $"score {text} is outside {criterion.Scale.Min}–{criterion.Scale.Max}")));
            }
        }
    }

    private (string? Label, string Explanation, bool FromJson) LabelIn(JsonElement? json, string reply, string name)
    {
        if (json is { ValueKind: JsonValueKind.Object } root)
        {
            foreach (var property in root.EnumerateObject().Where(p => spellings[name].Contains(Squash(p.Name))))
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    return (property.Value.GetString(), string.Empty, true);
                }

                if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    var label = Field(property.Value, definition.Reply.ScoreField) ?? Field(property.Value, "label") ?? Field(property.Value, "answer");
                    return (label, Field(property.Value, definition.Reply.ExplanationField) ?? string.Empty, true);
                }
            }
        }

        var line = Regex.Match(reply, @"^\W*" + Regex.Escape(name) + @"\W*?[:=\-–]\s*\**\s*([A-Za-z][\w\-]*)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return line.Success ? (line.Groups[1].Value, string.Empty, false) : (null, string.Empty, false);
    }

    private static string? Field(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } p ? p.Value.GetString() : null;

    // The reply's JSON object: the whole reply, or the span from its first '{' to its last '}' (code fences, prose around it).
    private static JsonElement? JsonObjectIn(string reply)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(reply[start..(end + 1)]);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
