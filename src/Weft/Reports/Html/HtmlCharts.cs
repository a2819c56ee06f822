using Weft.Analysis;

namespace Weft.Reports.Html;

/// <summary>
/// Renders one grouped inline SVG bar chart: per aspect, one bar per system side by side (the mean on its criterion's scale with its
/// confidence interval as a whisker), so that systems compare within a group instead of across panels.
/// </summary>
public static class HtmlCharts
{
    private const double Height = 200;
    private const double Left = 28;
    private const double Right = 8;
    private const double Top = 10;
    private const double Bottom = 24;
    private const double BarSlot = 18;
    private const double GroupGap = 16;
    private const double MinGroup = 56;

    /// <summary>How many colours the stylesheet has for systems (<c>s0</c>…); further systems reuse them in order.</summary>
    internal const int Colours = 8;

    /// <summary>Writes the chart (an HTML <c>figure</c> with a legend of the systems) for <paramref name="report"/>.</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        if (report.Aspects.Count == 0)
        {
            writer.Write("<p>No judge scores in this run.</p>\n");
            return;
        }

        // One shared axis when every criterion has the same range (InterleavedEval's 0–5); otherwise each bar is drawn
        // on its own criterion's range and the axis reads as a share of it.
        var ranges = report.Aspects.Select(a => (report.Scale(a).Min, report.Scale(a).Max)).ToList();
        var shared = ranges.Distinct().Count() == 1;
        var plot = Height - Top - Bottom;
        Func<double, double> AxisOf(int j)
        {
            var (low, high) = shared ? ranges[0] : (0, 1);
            double min = ranges[j].Min, span = ranges[j].Max - ranges[j].Min;
            return shared
                ? score => Top + (plot * (1 - (Math.Clamp(score - low, 0, high - low) / (high - low))))
                : score => Top + (plot * (1 - Math.Clamp((score - min) / span, 0, 1)));
        }

        var systems = report.Systems;
        var group = Math.Max(MinGroup, (systems.Count * BarSlot) + GroupGap);
        var bar = (group - GroupGap) / Math.Max(1, systems.Count);
        var width = Left + (group * report.Aspects.Count) + Right;

        var caption = shared
            ? $"Mean judge score per aspect, systems side by side ({HtmlText.Count(ranges[0].Min)}–{HtmlText.Count(ranges[0].Max)}; whiskers: confidence interval)"
            : "Mean judge score per criterion, systems side by side (each on its own scale: bottom its lowest score, top its highest; whiskers: confidence interval)";
        writer.Write($"<figure class=\"chart\"><figcaption>{caption}</figcaption><ul class=\"legend\">");
        for (var i = 0; i < systems.Count; i++)
        {
            writer.Write($"<li><span class=\"swatch s{HtmlText.Count(i % Colours)}\"></span>{HtmlText.Encode(systems[i].System)}</li>");
        }

        writer.Write($"</ul><svg viewBox=\"0 0 {HtmlText.Coordinate(width)} {HtmlText.Coordinate(Height)}\" width=\"{HtmlText.Coordinate(width)}\" height=\"{HtmlText.Coordinate(Height)}\" role=\"img\"><title>Mean score per aspect and system</title>");
        var ticks = shared
            ? Enumerable.Range(ranges[0].Min, ranges[0].Max - ranges[0].Min + 1).Select(t => ((double)t, HtmlText.Count(t)))
            : [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")];
        var tickAxis = shared ? AxisOf(0) : (score => Top + (plot * (1 - score)));
        foreach (var (tick, label) in ticks)
        {
            var y = HtmlText.Coordinate(tickAxis(tick));
            writer.Write($"<line x1=\"{HtmlText.Coordinate(Left)}\" x2=\"{HtmlText.Coordinate(width - Right)}\" y1=\"{y}\" y2=\"{y}\" class=\"grid\"/>");
            writer.Write($"<text x=\"{HtmlText.Coordinate(Left - 6)}\" y=\"{y}\" class=\"tick\">{label}</text>");
        }

        for (var j = 0; j < report.Aspects.Count; j++)
        {
            var aspect = report.Aspects[j];
            var x = Left + (group * j);
            var axis = AxisOf(j);
            writer.Write($"<text x=\"{HtmlText.Coordinate(x + (group / 2))}\" y=\"{HtmlText.Coordinate(Height - 8)}\" class=\"label\">{HtmlText.Encode(AspectNames.Short(aspect))}</text>");
            for (var i = 0; i < systems.Count; i++)
            {
                var stats = systems[i].Aspects.FirstOrDefault(a => string.Equals(a.Aspect, aspect, StringComparison.Ordinal));
                Bar(writer, systems[i].System, aspect, stats, i, x + (GroupGap / 2) + (bar * i), bar, axis, ranges[j].Min);
            }
        }

        writer.Write("</svg></figure>\n");
    }

    private static void Bar(TextWriter writer, string system, string aspect, AspectStats? a, int index, double x, double slot, Func<double, double> y, int bottom)
    {
        var center = x + (slot / 2);
        var what = $"{HtmlText.Encode(system)} · {HtmlText.Encode(AspectNames.Display(aspect))}";
        if (a?.Mean is not { } mean)
        {
            writer.Write($"<text x=\"{HtmlText.Coordinate(center)}\" y=\"{HtmlText.Coordinate(y(bottom) - 4)}\" class=\"label\">–<title>{what}: no score</title></text>");
            return;
        }

        var top = y(mean);
        writer.Write($"<rect x=\"{HtmlText.Coordinate(x + 1)}\" y=\"{HtmlText.Coordinate(top)}\" width=\"{HtmlText.Coordinate(slot - 2)}\" height=\"{HtmlText.Coordinate(y(bottom) - top)}\" class=\"bar s{HtmlText.Count(index % Colours)}\" data-system=\"{HtmlText.Encode(system)}\" data-aspect=\"{HtmlText.Encode(aspect)}\">");
        writer.Write($"<title>{what}: {HtmlText.Number(mean)} {HtmlText.Encode(ReportText.Interval(a.CiLow, a.CiHigh))}, n {HtmlText.Count(a.N)}</title></rect>");
        if (a.CiLow is { } low && a.CiHigh is { } high)
        {
            var (y1, y2) = (HtmlText.Coordinate(y(low)), HtmlText.Coordinate(y(high)));
            var half = Math.Min(5, (slot / 2) - 1);
            var (c, l, r) = (HtmlText.Coordinate(center), HtmlText.Coordinate(center - half), HtmlText.Coordinate(center + half));
            writer.Write($"<path d=\"M{c} {y1}V{y2}M{l} {y1}H{r}M{l} {y2}H{r}\" class=\"whisker\"/>");
        }
    }
}
