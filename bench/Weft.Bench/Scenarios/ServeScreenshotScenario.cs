using System.Diagnostics;
using Microsoft.Playwright;
using Weft.Annotations;
using Weft.Server;

namespace Weft.Bench.Scenarios;

/// <summary>
/// Screenshots the annotation page of a run (docs/screenshots/annotate.png) with Debian's Chromium, and times the
/// app's start and the page load. It works on a copy of the run's weft.db so that the run gains no annotator.
/// </summary>
internal sealed class ServeScreenshotScenario : IScenario
{
    private static readonly string[] StoreFiles = ["weft.db", "weft.db-wal"];

    public string Name => "serve-screenshot";

    public string Description => "screenshot of weft serve's annotation page: --run DIR [--out PNG] [--chromium PATH]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var run = Value(args, "--run") ?? throw new ArgumentException("--run DIR is required (a run made by weft eval)");
        var output = Value(args, "--out") ?? Path.Combine("docs", "screenshots", "annotate.png");
        var chromium = Value(args, "--chromium") ?? "/usr/bin/chromium";
        var copy = Path.Combine(Path.GetTempPath(), "weft-screenshot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        try
        {
            foreach (var file in StoreFiles.Where(f => File.Exists(Path.Combine(run, f))))
            {
                File.Copy(Path.Combine(run, file), Path.Combine(copy, file));
            }

            string token;
            using (var store = await SqliteAnnotationStore.OpenAsync(copy, cancellationToken))
            {
                token = await store.AddAnnotatorAsync("screenshot-" + Guid.NewGuid().ToString("N")[..6], DateTimeOffset.UtcNow, cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            await using var server = await WeftServer.StartAsync(new ServerOptions { RunFolder = copy, Urls = "http://127.0.0.1:0" }, cancellationToken);
            var started = clock.Elapsed;
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
            clock.Restart();
            await page.GotoAsync(server.Address + "annotate?token=" + token, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var loaded = clock.Elapsed;

            // A half-finished item looks like real work: two aspects scored with the keyboard.
            await page.Keyboard.PressAsync("3");
            await page.Keyboard.PressAsync("2");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = output });
            Console.WriteLine($"server start: {started.TotalMilliseconds:0} ms; annotation page load (network idle): {loaded.TotalMilliseconds:0} ms");
            Console.WriteLine($"wrote {output}");
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
