using Weft.Protocols;

namespace Weft.Scores;

/// <summary>One criterion's score for one system on one instance, from an OpenING score file or an opening-score run.</summary>
/// <param name="InstanceId">The instance (OpenING's <c>data_id</c>).</param>
/// <param name="System">The system name as written.</param>
/// <param name="Criterion">One of <see cref="OpeningCriteria.All"/>.</param>
/// <param name="Score">The integer score 0–10, or null when missing or unusable.</param>
/// <param name="Justification">The judge's justification, or null.</param>
/// <param name="Problem">Why <paramref name="Score"/> is null ("missing", "not an integer from 0 to 10: ..."); null when scored.</param>
public sealed record OpeningScore(string InstanceId, string System, string Criterion, int? Score, string? Justification, string? Problem);
