using Weft.Analysis;
using Weft.Protocols;

namespace Weft.Scores;

/// <summary>One system's OpenING summary.</summary>
/// <param name="Rank">1-based rank by <paramref name="Overall"/>, highest first (ties ordered by name).</param>
/// <param name="System">The system name (first spelling seen; names match case-insensitively).</param>
/// <param name="Items">Items (instances) scored for this system.</param>
/// <param name="Criteria">The seven criteria in <see cref="OpeningCriteria.All"/> order.</param>
/// <param name="Overall">OpenING's Overall: the mean of the seven rounded criterion means; null when a criterion has no score.</param>
/// <param name="OverallRounded">Overall rounded to 2 decimals as Python's round does.</param>
/// <param name="ItemMean">Our figure: the mean over items of each item's average over the seven criteria (items with all seven scored), with its 95% interval.</param>
/// <param name="Missing">Criterion scores missing or unusable over all items.</param>
public sealed record OpeningSystemSummary(
    int Rank, string System, int Items, IReadOnlyList<OpeningCriterionSummary> Criteria, double? Overall, double? OverallRounded, MeanInterval ItemMean, int Missing);
