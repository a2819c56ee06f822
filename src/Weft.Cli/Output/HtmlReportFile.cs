using System.Text;
using Spectre.Console;
using Weft.Files;
using Weft.Reports.Html;

namespace Weft.Cli.Output;

/// <summary>Writes a run's HTML report to a file, atomically, and says where it went.</summary>
internal static class HtmlReportFile
{
    public static async Task WriteAsync(CliConsole console, string runFolder, string? path, HtmlReportOptions options, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            throw new UsageException("--format html writes a file: give it with --out FILE (for example --out report.html).");
        }

        if (options.ThumbnailSide < 16 || (options.MaxImageSide != 0 && options.MaxImageSide < 16) || options.Quality is < 1 or > 100)
        {
            throw new UsageException("--thumbnail-side must be at least 16, --max-image-side 0 or at least 16, --embed-quality 1 to 100.");
        }

        var data = await HtmlReportData.LoadAsync(runFolder, cancellationToken);
        if (data.ContentProblem is not null)
        {
            console.Error.WriteLine($"warning: {data.ContentProblem}");
        }

        foreach (var warning in data.Warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }

        long length = 0;
        var target = await OutFile.WriteAsync(
            console,
            path,
            async (file, token) =>
            {
                await AtomicFile.WriteAsync(file, async (stream, ct) =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                    await HtmlReport.WriteAsync(data, writer, options, ct);
                }, token);
                length = new FileInfo(file).Length;
            },
            cancellationToken);
        console.Status.WriteLine($"Wrote {target} ({length / 1024.0 / 1024.0:0.0} MB)");
    }
}
