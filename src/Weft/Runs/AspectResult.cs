using Weft.Protocols;

namespace Weft.Runs;

/// <summary>One aspect (or criterion) of one judged output, as analysis sees it.</summary>
/// <param name="Aspect">Aspect key (for example "text_quality").</param>
/// <param name="Status">Scored, not applicable, or error.</param>
/// <param name="Score">The score when scored; otherwise null.</param>
public sealed record AspectResult(string Aspect, VerdictStatus Status, double? Score);
