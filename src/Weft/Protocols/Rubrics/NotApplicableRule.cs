using System.Text.RegularExpressions;
using Weft.Content;

namespace Weft.Protocols.Rubrics;

/// <summary>
/// A rule that makes a criterion N/A for one unit: every condition given must hold (task pattern or regular
/// expression, at most so many images or texts in the output). The reason is stored with the N/A verdict;
/// <c>{task}</c> in it becomes the task.
/// </summary>
/// <param name="Task">Task pattern (<c>*</c> any run of characters, ignoring case), or null.</param>
/// <param name="TaskRegex">Regular expression the task must match (ignoring case), or null.</param>
/// <param name="OutputImagesAtMost">The output has at most this many images, or null.</param>
/// <param name="OutputTextsAtMost">The output has at most this many non-empty texts, or null.</param>
/// <param name="Reason">Why the criterion does not apply.</param>
public sealed record NotApplicableRule(string? Task, Regex? TaskRegex, int? OutputImagesAtMost, int? OutputTextsAtMost, string Reason)
{
    private readonly Regex? taskPattern = Task is null ? null : TaskPattern.Compile(Task);

    /// <summary>The reason when the rule holds for <paramref name="unit"/>, else null.</summary>
    public string? Matches(JudgeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var task = unit.Instance.Task;
        if (taskPattern is not null && !taskPattern.IsMatch(task))
        {
            return null;
        }

        if (TaskRegex is not null && !TaskRegex.IsMatch(task))
        {
            return null;
        }

        if (OutputImagesAtMost is { } images && ContentImages.CountImages(unit.Output.Content) > images)
        {
            return null;
        }

        if (OutputTextsAtMost is { } texts && ContentImages.CountTexts(unit.Output.Content) > texts)
        {
            return null;
        }

        return Reason.Replace("{task}", task, StringComparison.Ordinal);
    }
}
