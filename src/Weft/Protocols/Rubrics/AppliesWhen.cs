using System.Text.RegularExpressions;

namespace Weft.Protocols.Rubrics;

/// <summary>When a rubric criterion applies: the instance's task matches a pattern (<c>*</c> any run of characters, ignoring case) and its metadata has the given values.</summary>
/// <param name="Task">Task pattern, or null for any task.</param>
/// <param name="Metadata">Metadata keys and the values they must have; empty for none.</param>
public sealed record AppliesWhen(string? Task, IReadOnlyDictionary<string, string> Metadata)
{
    private readonly Regex? task = Task is null ? null : TaskPattern.Compile(Task);

    /// <summary>Null when the criterion applies to an instance of <paramref name="task"/> with <paramref name="metadata"/>, else why not.</summary>
    public string? Excludes(string task, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (this.task is not null && !this.task.IsMatch(task))
        {
            return $"applies only to tasks matching '{Task}' (task '{task}')";
        }

        foreach (var (key, value) in Metadata)
        {
            if (!metadata.TryGetValue(key, out var actual) || !string.Equals(actual, value, StringComparison.OrdinalIgnoreCase))
            {
                return $"applies only when metadata '{key}' is '{value}'";
            }
        }

        return null;
    }
}
