using Microsoft.Extensions.AI;

namespace Weft.Content;

/// <summary>One benchmark item: what a system is asked to produce, and optionally what a good answer looks like.</summary>
/// <param name="Id">Identifier, unique within its benchmark.</param>
/// <param name="Task">Task name used for grouping and for per-task rules (for example "Storybook Completion").</param>
/// <param name="Instruction">What the system is asked to do, as plain text.</param>
/// <param name="Input">Interleaved context given with the instruction (may be empty); it does not repeat the instruction.</param>
/// <param name="Reference">A reference ("golden") answer when the benchmark has one.</param>
/// <param name="Metadata">Format-specific fields kept for reports and filtering.</param>
public sealed record Instance(
    string Id,
    string Task,
    string Instruction,
    IReadOnlyList<AIContent> Input,
    IReadOnlyList<AIContent>? Reference,
    IReadOnlyDictionary<string, string> Metadata);
