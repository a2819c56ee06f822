using Weft.Protocols;
using Weft.Runs;

namespace Weft.Analysis;

/// <summary>Running counts and score moments of one group of outputs (a system, or a task and system).</summary>
internal sealed class ScoreAccumulator
{
    private readonly RunningMoments[] scores;
    private readonly int[] notApplicable;
    private readonly int[] errors;
    private int outputs;
    private int missingOutputs;
    private int errorOutputs;
    private int unjudgedOutputs;

    public ScoreAccumulator(int aspectCount)
    {
        scores = new RunningMoments[aspectCount];
        for (var i = 0; i < aspectCount; i++)
        {
            scores[i] = new RunningMoments();
        }

        notApplicable = new int[aspectCount];
        errors = new int[aspectCount];
    }

    public void AddMissingOutput() => missingOutputs++;

    public void AddUnjudgedOutput()
    {
        outputs++;
        unjudgedOutputs++;
    }

    /// <summary>Adds one output whose aspect results were already checked and resolved to aspect positions.</summary>
    public void AddOutput(IReadOnlyList<AspectResult> results, int[] positions)
    {
        outputs++;
        var anyError = false;
        for (var i = 0; i < results.Count; i++)
        {
            var position = positions[i];
            var result = results[i];
            switch (result.Status)
            {
                case VerdictStatus.Scored:
                    scores[position].Add(result.Score!.Value);
                    break;
                case VerdictStatus.NotApplicable:
                    notApplicable[position]++;
                    break;
                default:
                    errors[position]++;
                    anyError = true;
                    break;
            }
        }

        if (anyError)
        {
            errorOutputs++;
        }
    }

    public (IReadOnlyList<AspectStats> Aspects, double? Overall, int Outputs, int MissingOutputs, int ErrorOutputs, int UnjudgedOutputs) Build(
        IReadOnlyList<Criterion> criteria,
        double level)
    {
        var stats = new AspectStats[criteria.Count];
        var sum = 0.0;
        var defined = 0;
        for (var i = 0; i < stats.Length; i++)
        {
            // A mean cannot leave the criterion's own scale, so neither may its interval.
            var scale = criteria[i].Scale;
            var interval = ConfidenceInterval.Of(scores[i], level, scale.Min, scale.Max);
            stats[i] = new AspectStats(criteria[i].Name, interval.N, interval.Mean, interval.Low, interval.High, notApplicable[i], errors[i]);
            if (interval.Mean is { } mean)
            {
                sum += mean;
                defined++;
            }
        }

        // A mean over criteria on different scales (1–5 beside yes = 1 / no = 0) would mean nothing, so there is none.
        var oneScale = criteria.Select(c => (c.Scale.Min, c.Scale.Max)).Distinct().Count() <= 1;
        double? overall = defined == 0 || !oneScale ? null : sum / defined;
        return (stats, overall, outputs, missingOutputs, errorOutputs, unjudgedOutputs);
    }
}
