using System.Globalization;
using Weft.Analysis;
using Weft.Protocols;

namespace Weft.Reports;

/// <summary>How a criterion's scale and a mean on it read in reports, for runs whose criteria are not all on 0–5.</summary>
internal static class ScaleText
{
    /// <summary>"1–5", "0–10 in steps of 2", or the labels with their values ("yes = 1, no = 0").</summary>
    public static string Describe(CriterionScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (scale.HasLabels)
        {
            return string.Join(", ", scale.Labels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Name} = {l.Value}")));
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"{scale.Min}–{scale.Max}");
        return scale.Step == 1 ? range : string.Create(CultureInfo.InvariantCulture, $"{range} in steps of {scale.Step}");
    }

    /// <summary>The label counted as 1 when the others count as 0 (yes of yes/no): a mean on such a scale is its share; null otherwise.</summary>
    public static CriterionLabel? ShareLabel(CriterionScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.HasLabels && scale.Min == 0 && scale.Max == 1 && scale.Labels.Count(l => l.Value == 1) == 1
            ? scale.Labels.Single(l => l.Value == 1)
            : null;
    }

    /// <summary>A mean with two decimals, followed by its label when it is a share ("0.75 yes").</summary>
    public static string Mean(double? mean, CriterionScale scale) =>
        mean is not null && ShareLabel(scale) is { } label ? $"{ReportText.Number(mean)} {label.Name}" : ReportText.Number(mean);

    /// <summary>Each criterion with its scale ("clarity 1–5; steps_as_asked yes = 1, no = 0, the mean is the share of yes").</summary>
    public static string List(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Join("; ", report.Aspects.Select(a =>
        {
            var scale = report.Scale(a);
            var share = ShareLabel(scale) is { } label ? $", the mean is the share of {label.Name}" : string.Empty;
            return $"{a} {Describe(scale)}{share}";
        }));
    }
}
