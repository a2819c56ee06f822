using Microsoft.Extensions.AI;

namespace Weft.Reports.Html;

/// <summary>One drawing of a refined picture, as the report shows it.</summary>
/// <param name="Attempt">0 for the first drawing, 1..N for redraws.</param>
/// <param name="Ok">The check's verdict; null when no check ran or it gave no verdict.</param>
/// <param name="Problem">What the check found wrong, or why it gave no verdict; null otherwise.</param>
/// <param name="Image">The drawing as a thumbnail, for a few earlier (replaced) drawings whose file is inside the outputs folder; null otherwise.</param>
public sealed record HtmlRefineStep(int Attempt, bool? Ok, string? Problem, AIContent? Image);

/// <summary>The drawings of one picture of an output that was drawn more than once or failed its check.</summary>
/// <param name="Image">1-based position of the picture among the output's pictures.</param>
/// <param name="Steps">Its drawings, first to last; the last is the one in the output.</param>
public sealed record HtmlRefinePicture(int Image, IReadOnlyList<HtmlRefineStep> Steps);
