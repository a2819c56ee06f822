using Weft.Protocols;

namespace Weft.Server.Annotations;

/// <summary>Reads back the task rules a run stored as text (<c>pattern: aspect, aspect; ...</c>, see <see cref="Runs.RunConfig.TaskRules"/>).</summary>
internal static class TaskRulesText
{
    /// <summary>The rules in <paramref name="text"/>; unknown aspect names are skipped (the run accepted them when it was made).</summary>
    public static IReadOnlyList<TaskAspectRule> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var rules = new List<TaskAspectRule>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var aspects = part[(colon + 1)..]
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => Aspects.TryParse(name, out var aspect) ? aspect : (Aspect?)null)
                .OfType<Aspect>()
                .ToList();
            rules.Add(new TaskAspectRule(part[..colon].Trim(), aspects));
        }

        return rules;
    }
}
