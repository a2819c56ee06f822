using System.Globalization;
using Weft.Files;
using Weft.Text;

namespace Weft.Meta;

/// <summary>Renders a <see cref="MetaReport"/> as table (plain text), md, csv, json or latex, and writes it atomically.</summary>
public static class MetaReportWriter
{
    /// <summary>The formats accepted by <see cref="Render"/>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["table", "md", "csv", "json", "latex"];

    /// <summary>The report in <paramref name="format"/> (one of <see cref="Formats"/>); never contains NaN.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="width">For <c>table</c>: the terminal width; a table wider than it is split into several, each
    /// repeating the metric column. Unlimited by default (files and pipes).</param>
    public static string Render(MetaReport report, string format, int width = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(report);
        return format switch
        {
            "table" => MetaMarkdown.Render(report, markdown: false, width),
            "md" => MetaMarkdown.Render(report, markdown: true),
            "csv" => MetaCsv.Render(report),
            "json" => MetaJson.Render(report),
            "latex" => MetaLatex.Render(report),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Expected table, md, csv, json or latex."),
        };
    }

    /// <summary>Writes the rendered report to <paramref name="path"/> atomically.</summary>
    public static Task WriteAsync(MetaReport report, string format, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAllTextAsync(path, Render(report, format), cancellationToken);

    /// <summary>How the numbers were made, in two sentences for the top of a table.</summary>
    internal static string Preamble(MetaReport report)
    {
        var o = report.Options;
        var overall = report.OverallRatedDirectly
            ? "Overall: judge = mean of its scored aspects; humans = their own overall ratings."
            : "Overall: mean of the applicable aspects, for the judge and for each rater.";
        var scales = report.Criteria.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"on each criterion's own scale of protocol {report.Run.Protocol}, overall on {o.Scale}")
            : string.Create(CultureInfo.InvariantCulture, $"on the {o.Scale} scale");
        var judged = report.Criteria.Count > 0 ? "judge and humans on each criterion's scale" : "judge 0-5 vs humans";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Plural.Count(report.Ratings, "rating")} {scales} ({report.UnmatchedRatings} for outputs not in the run, ignored); correlations are scale-free ({judged}). Cells: value [{o.ConfidenceLevel * 100:0.#}% percentile bootstrap interval, {o.BootstrapSamples} resamples, seed {o.Seed}]. {overall} Human (leave-one-out): each rater against the mean of the others, averaged over raters; no interval.");
    }
}
