using System.Text;
using Spectre.Console;
using Weft.Analysis;
using Weft.Reports;

namespace Weft.Cli.Output;

/// <summary>Renders a run's report in the format asked for, to the console or atomically to a file.</summary>
internal static class ReportWriter
{
    public static readonly string[] Formats = ["table", "md", "csv", "json"];

    /// <summary>Summarizes the run in <paramref name="runFolder"/> as it reads it (see <see cref="ScoreSummary"/>) and writes the report.</summary>
    public static async Task WriteAsync(CliConsole console, string runFolder, string format, string? path, CancellationToken cancellationToken)
    {
        var (report, totals) = ScoreSummary.Summarize(runFolder);
        if (format == "table" && path is null)
        {
            ReportTable.Write(console.Out, report, totals);
            return;
        }

        var text = Render(report, format);
        if (path is null)
        {
            console.Out.Profile.Out.Writer.Write(text);
            return;
        }

        // Write beside the target and move into place, so a reader never sees half a report.
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, full, overwrite: true);
        console.Status.WriteLine($"Wrote {full}");
    }

    private static string Render(ScoreReport report, string format)
    {
        switch (format)
        {
            case "json":
                using (var stream = new MemoryStream())
                {
                    JsonReport.Write(report, stream);
                    return Encoding.UTF8.GetString(stream.ToArray());
                }

            default:
                using (var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
                {
                    if (format == "md")
                    {
                        MarkdownReport.Write(report, writer);
                    }
                    else if (format == "csv")
                    {
                        CsvReport.Write(report, writer);
                    }
                    else
                    {
                        TextReport.Write(report, writer);
                    }

                    return writer.ToString();
                }
        }
    }
}
