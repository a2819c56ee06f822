using Microsoft.Extensions.AI.Evaluation;

namespace Weft.Evaluation;

/// <summary>Tells <see cref="InterleavedEvalEvaluator"/> the task of the instance, for per-task applicability rules.</summary>
/// <param name="task">Task name (for example "image-editing", whose text aspects are N/A by default).</param>
public sealed class InterleavedEvalContext(string task) : EvaluationContext(ContextName, task)
{
    /// <summary>The context name.</summary>
    public const string ContextName = "Interleaved task";

    /// <summary>The task name.</summary>
    public string Task { get; } = task;
}
