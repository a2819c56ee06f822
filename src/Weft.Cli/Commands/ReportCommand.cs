using System.CommandLine;
using Weft.Cli.Output;
using Weft.Reports.Html;

namespace Weft.Cli.Commands;

/// <summary><c>weft report</c>: print or write the report of a run from its store.</summary>
internal static class ReportCommand
{
    private static readonly Option<string> Run = new("--run") { Description = "Run folder.", Required = true };
    private static readonly Option<string> Format = CliOptions.OneOf(new Option<string>("--format") { Description = "table, md, csv, json or html (html needs --out).", DefaultValueFactory = _ => "table" }, [.. ReportWriter.Formats, "html"]);
    private static readonly Option<string?> Out = new("--out") { Description = "Write to this file instead of the console." };
    private static readonly Option<int> ThumbnailSide = new("--thumbnail-side") { Description = "html: longest side of the thumbnails in the page, in pixels.", DefaultValueFactory = _ => 320 };
    private static readonly Option<int> MaxImageSide = new("--max-image-side") { Description = "html: longest side of the full-size image shown on click; 0 embeds thumbnails only.", DefaultValueFactory = _ => 1024 };
    private static readonly Option<int> EmbedQuality = new("--embed-quality") { Description = "html: WebP/JPEG quality the embedded images are encoded at, 1-100.", DefaultValueFactory = _ => 80 };

    public static Command Create(CliConsole console)
    {
        var command = new Command("report", "Report a run: per system × aspect mean, 95% CI, n, N/A, errors; the same per task; offline heuristics; or a self-contained HTML page with every output.")
        {
            Run, Format, Out, ThumbnailSide, MaxImageSide, EmbedQuality,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var format = result.GetValue(Format)!;
            if (format == "html")
            {
                var options = new HtmlReportOptions(result.GetValue(ThumbnailSide), result.GetValue(MaxImageSide), result.GetValue(EmbedQuality));
                await HtmlReportFile.WriteAsync(console, result.GetValue(Run)!, result.GetValue(Out), options, cancellationToken);
                return ExitCodes.Success;
            }

            await ReportWriter.WriteAsync(console, result.GetValue(Run)!, format, OutFile.FileOrConsole(result.GetValue(Out)), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
