using System.Text.RegularExpressions;

namespace Weft.Protocols;

/// <summary>A per-task override: for tasks matching <see cref="Pattern"/>, these aspects are N/A.</summary>
/// <param name="Pattern">A task name, matched ignoring case; <c>*</c> matches any run of characters.</param>
/// <param name="NotApplicable">Aspects never scored for such tasks (may be empty, which turns the default rule off).</param>
public sealed record TaskAspectRule(string Pattern, IReadOnlyList<Aspect> NotApplicable)
{
    private readonly Regex matcher = TaskPattern.Compile(Pattern);

    /// <summary>Whether the rule applies to <paramref name="task"/>.</summary>
    public bool Matches(string task) => matcher.IsMatch(task);
}
