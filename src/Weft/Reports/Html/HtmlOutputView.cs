using Weft.Content;
using Weft.Runs;

namespace Weft.Reports.Html;

/// <summary>What an instance view shows of one system's answer.</summary>
/// <param name="System">System name.</param>
/// <param name="Present">False when the system has no output for the instance.</param>
/// <param name="Output">The output's content, or null when it cannot be read (or is missing).</param>
/// <param name="Item">How judging it finished, or null when not judged.</param>
/// <param name="Verdicts">Aspect verdicts with explanations (empty when not judged).</param>
/// <param name="Refines">Pictures of the output that were drawn more than once or failed their check (empty when none, or not generated with --refine).</param>
public sealed record HtmlOutputView(
    string System, bool Present, SystemOutput? Output, ItemRecord? Item, IReadOnlyList<VerdictRecord> Verdicts, IReadOnlyList<HtmlRefinePicture>? Refines = null);
