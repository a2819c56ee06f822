using Weft.Meta.Statistics;

namespace Weft.Meta;

/// <summary>
/// The human ratings of a run's outputs, one units × raters matrix per aspect. When the file does not rate "overall",
/// a rater's overall score for an output is the mean of the aspects they scored on it.
/// </summary>
internal sealed class HumanScores
{
    private readonly Dictionary<string, (RatingMatrix Matrix, bool[] Rated)> byAspect = new(StringComparer.Ordinal);

    public HumanScores(MetaUnits units, IReadOnlyList<HumanRating> ratings, IReadOnlyList<string> aspects)
    {
        var raters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        List<(int Unit, int Rater, HumanRating Rating)> matched = new(ratings.Count);
        foreach (var rating in ratings)
        {
            var unit = units.Find(rating.InstanceId, rating.System);
            if (unit < 0)
            {
                Unmatched++;
                continue;
            }

            if (!raters.TryGetValue(rating.Rater, out var rater))
            {
                raters[rating.Rater] = rater = raters.Count;
            }

            matched.Add((unit, rater, rating));
        }

        OverallRatedDirectly = matched.Any(m => m.Rating.Aspect == HumanRatingFields.Overall);
        var groups = units.SystemOf.ToArray();
        foreach (var aspect in aspects)
        {
            byAspect[aspect] = (new RatingMatrix(units.Count, raters.Count, groups), new bool[units.Count]);
        }

        // The derived overall averages each rater's own scored aspects: sums and counts per (unit, rater).
        var sums = OverallRatedDirectly ? null : new double[units.Count * raters.Count];
        var counts = OverallRatedDirectly ? null : new int[units.Count * raters.Count];
        foreach (var (unit, rater, rating) in matched)
        {
            if (!byAspect.TryGetValue(rating.Aspect, out var slot))
            {
                continue;
            }

            slot.Matrix[unit, rater] = rating.Score;
            slot.Rated[unit] = true;
            if (sums is not null && rating.Aspect != HumanRatingFields.Overall)
            {
                byAspect[HumanRatingFields.Overall].Rated[unit] = true;
                if (rating.Score is { } score)
                {
                    sums[(unit * raters.Count) + rater] += score;
                    counts![(unit * raters.Count) + rater]++;
                }
            }
        }

        if (sums is not null)
        {
            var overall = byAspect[HumanRatingFields.Overall].Matrix;
            for (var i = 0; i < sums.Length; i++)
            {
                if (counts![i] > 0)
                {
                    overall[i / raters.Count, i % raters.Count] = sums[i] / counts[i];
                }
            }
        }
    }

    public int Unmatched { get; }

    public bool OverallRatedDirectly { get; }

    public RatingMatrix Matrix(string aspect) => byAspect[aspect].Matrix;

    /// <summary>The mean over raters of an output's scores for an aspect; N/A when every rater said N/A.</summary>
    public SideValue Mean(string aspect, int unit)
    {
        var (matrix, rated) = byAspect[aspect];
        if (!rated[unit])
        {
            return SideValue.Missing;
        }

        double sum = 0;
        var count = 0;
        for (var r = 0; r < matrix.Raters; r++)
        {
            if (matrix[unit, r] is { } score)
            {
                sum += score;
                count++;
            }
        }

        return count == 0 ? SideValue.NotApplicable : SideValue.Of(sum / count);
    }
}
