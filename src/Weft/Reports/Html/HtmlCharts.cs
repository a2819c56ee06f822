using Weft.Analysis;

namespace Weft.Reports.Html;

/// <summary>Renders one inline SVG bar chart per system: the mean of each aspect on 0–5 with its confidence interval as a whisker.</summary>
public static class HtmlCharts
{
    private const double Width = 340;
    private const double Height = 190;
    private const double Left = 28;
    private const double Top = 10;
    private const double Bottom = 24;

    /// <summary>Writes the charts (an HTML fragment of <c>figure</c> elements) for <paramref name="report"/>.</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        if (report.Aspects.Count == 0)
        {
            writer.Write("<p>No judge scores in this run.</p>\n");
            return;
        }

        double max = Protocols.InterleavedEvalPrompt.MaxScore;
        var plot = Height - Top - Bottom;
        double Y(double score) => Top + (plot * (1 - (Math.Clamp(score, 0, max) / max)));

        foreach (var system in report.Systems)
        {
            var name = HtmlText.Encode(system.System);
            writer.Write($"<figure class=\"chart\"><figcaption>{name}</figcaption>");
            writer.Write($"<svg viewBox=\"0 0 {HtmlText.Coordinate(Width)} {HtmlText.Coordinate(Height)}\" width=\"{HtmlText.Coordinate(Width)}\" height=\"{HtmlText.Coordinate(Height)}\" role=\"img\"><title>{name}: mean score per aspect</title>");
            for (var tick = 0; tick <= max; tick++)
            {
                var y = HtmlText.Coordinate(Y(tick));
                writer.Write($"<line x1=\"{HtmlText.Coordinate(Left)}\" x2=\"{HtmlText.Coordinate(Width)}\" y1=\"{y}\" y2=\"{y}\" class=\"grid\"/>");
                writer.Write($"<text x=\"{HtmlText.Coordinate(Left - 6)}\" y=\"{y}\" class=\"tick\">{HtmlText.Count(tick)}</text>");
            }

            var slot = (Width - Left) / Math.Max(1, system.Aspects.Count);
            for (var i = 0; i < system.Aspects.Count; i++)
            {
                Bar(writer, system.Aspects[i], Left + (slot * i), slot, Y);
            }

            writer.Write("</svg></figure>\n");
        }
    }

    private static void Bar(TextWriter writer, AspectStats a, double x, double slot, Func<double, double> y)
    {
        var center = x + (slot / 2);
        var label = HtmlText.Encode(AspectNames.Short(a.Aspect));
        writer.Write($"<text x=\"{HtmlText.Coordinate(center)}\" y=\"{HtmlText.Coordinate(Height - 8)}\" class=\"label\">{label}</text>");
        if (a.Mean is not { } mean)
        {
            writer.Write($"<text x=\"{HtmlText.Coordinate(center)}\" y=\"{HtmlText.Coordinate(y(0) - 4)}\" class=\"label\">–</text>");
            return;
        }

        var top = y(mean);
        writer.Write($"<rect x=\"{HtmlText.Coordinate(x + (slot * 0.2))}\" y=\"{HtmlText.Coordinate(top)}\" width=\"{HtmlText.Coordinate(slot * 0.6)}\" height=\"{HtmlText.Coordinate(y(0) - top)}\" class=\"bar\">");
        writer.Write($"<title>{HtmlText.Encode(AspectNames.Display(a.Aspect))}: {HtmlText.Number(mean)} {HtmlText.Encode(ReportText.Interval(a.CiLow, a.CiHigh))}, n {HtmlText.Count(a.N)}</title></rect>");
        if (a.CiLow is { } low && a.CiHigh is { } high)
        {
            var (y1, y2) = (HtmlText.Coordinate(y(low)), HtmlText.Coordinate(y(high)));
            var (c, l, r) = (HtmlText.Coordinate(center), HtmlText.Coordinate(center - 6), HtmlText.Coordinate(center + 6));
            writer.Write($"<path d=\"M{c} {y1}V{y2}M{l} {y1}H{r}M{l} {y2}H{r}\" class=\"whisker\"/>");
        }
    }
}
