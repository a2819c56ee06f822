namespace Weft.Runs;

/// <summary>What a run was: enough to say in a report how its numbers were made.</summary>
/// <param name="Protocol">Protocol name (for example "interleaved-eval").</param>
/// <param name="Judge">Judge spec without secrets (for example "openai:gpt-4o"), or "none".</param>
/// <param name="PromptId">Versioned prompt id (for example "interleaved-eval/v1"), or null without a judge.</param>
/// <param name="PromptHash">SHA-256 (hex) of the prompt template text, or null without a judge.</param>
/// <param name="Benchmark">The benchmark file as given.</param>
/// <param name="Systems">System names in the order given.</param>
/// <param name="Created">When the run was first started (UTC).</param>
/// <param name="WeftVersion">Version of Weft that made the run.</param>
public sealed record RunInfo(
    string Protocol,
    string Judge,
    string? PromptId,
    string? PromptHash,
    string Benchmark,
    IReadOnlyList<string> Systems,
    DateTimeOffset Created,
    string WeftVersion);
