using System.Diagnostics;
using System.Globalization;
using System.Text;
using Weft.Files;
using Weft.Reports.Html;

namespace Weft.Bench.Scenarios;

/// <summary>
/// Builds a synthetic run (default 500 instances × 3 systems × 2 images per output, synthetic verdicts), writes its
/// HTML report, prints the file size and the time Chromium takes to open it. With --sample it reports the bundled
/// sample instead; --screenshot PATH saves a 1280 × 800 picture of the page.
/// </summary>
internal sealed class HtmlReportScenario : IScenario
{
    public string Name => "html-report";

    public string Description => "size of the HTML report of a 500 × 3 run and its open time in Chromium";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var instances = Int(args, "--instances", 500);
        var systems = Int(args, "--systems", 3);
        var images = Int(args, "--images", 2);
        var opens = Int(args, "--opens", 3);
        var screenshot = Value(args, "--screenshot");
        var work = Value(args, "--work") ?? Path.Combine(Path.GetTempPath(), "weft-bench-html-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        try
        {
            var run = Path.Combine(work, "run");
            var watch = Stopwatch.StartNew();
            if (File.Exists(Path.Combine(run, "weft.db")))
            {
                Console.WriteLine($"reusing the run in {run}");
            }
            else if (args.Contains("--sample"))
            {
                // Relative paths, as a user would type them: the report shows the benchmark as given.
                await SyntheticRun.WriteAsync(run, "samples/bench.jsonl", [("strong", "samples/outputs/strong.jsonl"), ("weak", "samples/outputs/weak.jsonl")], cancellationToken);
            }
            else
            {
                var (bench, outputs) = SyntheticData.Write(Path.Combine(work, "data"), instances, systems, images);
                await SyntheticRun.WriteAsync(run, bench, outputs, cancellationToken);
            }

            Console.WriteLine($"run built in {watch.Elapsed.TotalSeconds:0.0} s");
            var report = Path.Combine(work, "report.html");
            watch.Restart();
            var data = await HtmlReportData.LoadAsync(run, cancellationToken);
            await AtomicFile.WriteAsync(report, async (stream, ct) =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                await HtmlReport.WriteAsync(data, writer, null, ct);
            }, cancellationToken);
            Console.WriteLine($"report written in {watch.Elapsed.TotalSeconds:0.0} s: {new FileInfo(report).Length / 1024.0 / 1024.0:0.00} MB ({report})");

            await using var chromium = await ChromiumPage.LaunchAsync();
            if (screenshot is not null)
            {
                await chromium.ScreenshotAsync(report, Path.GetFullPath(screenshot));
                Console.WriteLine($"screenshot: {Path.GetFullPath(screenshot)}");
            }

            for (var i = 0; i < opens; i++)
            {
                var (wall, paint, load, ready, requests) = await chromium.OpenAsync(report);
                Console.WriteLine($"open {i + 1}: {wall:0} ms wall (goto → ready); first paint {paint:0} ms, load {load:0} ms, script ready {ready:0} ms; network requests {requests}");
            }

            return 0;
        }
        finally
        {
            if (!args.Contains("--keep"))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
