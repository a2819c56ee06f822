using Weft.Analysis;
using Weft.Meta.Statistics;

namespace Weft.Meta;

/// <summary>Computes one cell (three correlations with intervals and coverage) from both sides of every output.</summary>
internal static class MetaCells
{
    public static MetaCell Compute(string aspect, MetaLevel level, MetaUnits units, SideValue[] metric, SideValue[] human, MetaOptions options)
    {
        List<int> used = [];
        int notApplicable = 0, errors = 0, noHuman = 0;
        for (var u = 0; u < units.Count; u++)
        {
            if (human[u].Status == SideStatus.Missing)
            {
                noHuman++;
            }
            else if (human[u].Status == SideStatus.NotApplicable || metric[u].Status == SideStatus.NotApplicable)
            {
                notApplicable++;
            }
            else if (metric[u].Status != SideStatus.Value)
            {
                errors++;
            }
            else
            {
                used.Add(u);
            }
        }

        var coverage = new AspectCoverage(used.Count, notApplicable, errors, noHuman);
        var (point, intervals) = level == MetaLevel.Instance
            ? InstanceLevel(used, metric, human, options)
            : SystemLevel(used, units, metric, human, options);
        return new MetaCell(
            aspect,
            new CorrelationEstimate(point.Get(CorrelationKind.Pearson), intervals?.Pearson),
            new CorrelationEstimate(point.Get(CorrelationKind.Spearman), intervals?.Spearman),
            new CorrelationEstimate(point.Get(CorrelationKind.Kendall), intervals?.Kendall),
            coverage);
    }

    private static (CorrelationValues, CorrelationIntervals?) InstanceLevel(List<int> used, SideValue[] metric, SideValue[] human, MetaOptions options)
    {
        var sample = PairedSample.Create([.. used.Select(u => metric[u].Value)], [.. used.Select(u => human[u].Value)]);
        var point = Correlations.Point(sample);
        var intervals = point.IsDefined && options.BootstrapSamples > 0
            ? CorrelationBootstrap.Units(sample, options.BootstrapSamples, options.Seed, options.ConfidenceLevel)
            : null;
        return (point, intervals);
    }

    /// <summary>
    /// Systems are few, so resampling them says little: the bootstrap resamples instances instead (a cluster bootstrap)
    /// and recomputes every system's means from the instances drawn.
    /// </summary>
    private static (CorrelationValues, CorrelationIntervals?) SystemLevel(List<int> used, MetaUnits units, SideValue[] metric, SideValue[] human, MetaOptions options)
    {
        var instanceIndex = new Dictionary<int, int>();
        var instanceOf = new int[used.Count];
        var systemOf = new int[used.Count];
        var x = new double[used.Count];
        var y = new double[used.Count];
        for (var i = 0; i < used.Count; i++)
        {
            var unit = used[i];
            if (!instanceIndex.TryGetValue(units.InstanceOf[unit], out var dense))
            {
                instanceIndex[units.InstanceOf[unit]] = dense = instanceIndex.Count;
            }

            instanceOf[i] = dense;
            systemOf[i] = units.SystemOf[unit];
            x[i] = metric[unit].Value;
            y[i] = human[unit].Value;
        }

        var point = SystemMeans(units.Systems, systemOf, x, y, null, instanceOf);
        if (!point.IsDefined || options.BootstrapSamples == 0)
        {
            return (point, null);
        }

        var instances = instanceIndex.Count;
        var intervals = CorrelationBootstrap.Run(options.BootstrapSamples, options.Seed, options.ConfidenceLevel, () => new int[instances], (counts, ref random) =>
        {
            Bootstrap.Draw(ref random, counts.AsSpan());
            return SystemMeans(units.Systems, systemOf, x, y, counts, instanceOf);
        });
        return (point, intervals);
    }

    private static CorrelationValues SystemMeans(int systems, int[] systemOf, double[] x, double[] y, int[]? instanceCounts, int[] instanceOf)
    {
        var sx = new double[systems];
        var sy = new double[systems];
        var n = new long[systems];
        for (var i = 0; i < x.Length; i++)
        {
            var w = instanceCounts?[instanceOf[i]] ?? 1;
            sx[systemOf[i]] += w * x[i];
            sy[systemOf[i]] += w * y[i];
            n[systemOf[i]] += w;
        }

        List<double> mx = [], my = [];
        for (var s = 0; s < systems; s++)
        {
            if (n[s] > 0)
            {
                mx.Add(sx[s] / n[s]);
                my.Add(sy[s] / n[s]);
            }
        }

        return Correlations.Compute(mx, my);
    }

    /// <summary>The human ceiling cell: leave-one-rater-out correlations averaged over raters, without an interval.</summary>
    public static MetaCell Ceiling(string aspect, MetaLevel level, RatingMatrix matrix)
    {
        var (pearson, spearman, kendall, _) = RaterAgreement.LeaveOneOut(matrix, byGroup: level == MetaLevel.System);
        var shared = 0;
        for (var u = 0; u < matrix.Units; u++)
        {
            var raters = 0;
            for (var r = 0; r < matrix.Raters; r++)
            {
                raters += matrix[u, r].HasValue ? 1 : 0;
            }

            shared += raters >= 2 ? 1 : 0;
        }

        return new MetaCell(aspect, new(pearson, null), new(spearman, null), new(kendall, null), new AspectCoverage(shared, 0, 0, 0));
    }
}
