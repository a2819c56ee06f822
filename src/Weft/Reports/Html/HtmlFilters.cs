using System.Globalization;

namespace Weft.Reports.Html;

/// <summary>Renders the filter bar over the instance cards: task, system, aspect (or overall) and a score range.</summary>
internal static class HtmlFilters
{
    public static void Write(TextWriter writer, IEnumerable<string> tasks, IEnumerable<string> systems, IEnumerable<string> aspects, (int Min, int Max) scores)
    {
        writer.Write("<form class=\"filters\" id=\"filters\"><label>Task <select id=\"f-task\"><option value=\"\">all</option>");
        Options(writer, tasks.Select(t => (t, t)));
        writer.Write("</select></label> <label>System <select id=\"f-system\"><option value=\"\">all</option>");
        Options(writer, systems.Select(s => (s, s)));
        writer.Write("</select></label> <label>Aspect <select id=\"f-aspect\"><option value=\"\">overall</option>");
        Options(writer, aspects.Select(a => (a, AspectNames.Display(a))));
        writer.Write("</select></label> <label>Score from <select id=\"f-min\">");
        Scores(writer, scores, selected: scores.Min);
        writer.Write("</select></label> <label>to <select id=\"f-max\">");
        Scores(writer, scores, selected: scores.Max);
        writer.Write("</select></label> <button type=\"reset\" id=\"f-reset\">Reset</button> <output id=\"f-count\"></output></form>\n");
    }

    private static void Options(TextWriter writer, IEnumerable<(string Value, string Label)> options)
    {
        foreach (var (value, label) in options)
        {
            writer.Write($"<option value=\"{HtmlText.Encode(value)}\">{HtmlText.Encode(label)}</option>");
        }
    }

    private static void Scores(TextWriter writer, (int Min, int Max) scores, int selected)
    {
        for (var score = scores.Min; score <= scores.Max; score++)
        {
            var text = score.ToString(CultureInfo.InvariantCulture);
            writer.Write($"<option value=\"{text}\"{(score == selected ? " selected" : string.Empty)}>{text}</option>");
        }
    }
}
