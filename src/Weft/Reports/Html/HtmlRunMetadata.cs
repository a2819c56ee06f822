using System.Reflection;
using Weft.Analysis;

namespace Weft.Reports.Html;

/// <summary>Renders how a run was made: protocol, judge, prompt id and hash, benchmark, systems, dates and Weft versions.</summary>
public static class HtmlRunMetadata
{
    /// <summary>The version of Weft writing the report (its assembly's informational version without the commit suffix).</summary>
    public static string ReportVersion { get; } =
        typeof(HtmlRunMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Writes the metadata as a definition list (an HTML fragment).</summary>
    public static void Write(ScoreReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var run = report.Run;
        writer.Write("<dl class=\"meta\">");
        Item(writer, "Protocol", run.Protocol);
        Item(writer, "Judge", run.Judge);
        Item(writer, "Prompt id", ReportText.Text(run.PromptId));
        Item(writer, "Prompt hash (SHA-256)", ReportText.Text(run.PromptHash));
        Item(writer, "Benchmark", run.Benchmark);
        Item(writer, "Systems", string.Join(", ", run.Systems));
        Item(writer, "Run started", ReportText.Timestamp(run.Created));
        Item(writer, "Run made with Weft", run.WeftVersion);
        Item(writer, "Report made with Weft", ReportVersion);
        Item(writer, "Confidence intervals", ReportTables.ScoresIntro(report));
        Item(writer, "Overall", report.OverallRule);
        writer.Write("</dl>\n");
    }

    private static void Item(TextWriter writer, string name, string value) =>
        writer.Write($"<dt>{HtmlText.Encode(name)}</dt><dd>{HtmlText.Encode(value)}</dd>");
}
