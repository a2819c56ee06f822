using System.Diagnostics;
using Microsoft.Playwright;

namespace Weft.Bench.Scenarios;

/// <summary>Opens a report in Debian's headless Chromium (never Playwright's download) to time it or take a screenshot.</summary>
internal sealed class ChromiumPage : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private ChromiumPage(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static async Task<ChromiumPage> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("WEFT_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return new ChromiumPage(playwright, browser);
    }

    /// <summary>
    /// Opens the file in a fresh context and returns the wall time from navigation until the page's script marked it
    /// ready (after load), with the browser's own navigation-relative times of first contentful paint, load and ready.
    /// </summary>
    public async Task<(double WallMs, double PaintMs, double LoadMs, double ReadyMs, int Requests)> OpenAsync(string file)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var requests = 0;
        page.Request += (_, r) => requests += r.Url.StartsWith("data:", StringComparison.Ordinal) || r.Url.StartsWith("file:", StringComparison.Ordinal) ? 0 : 1;
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        await page.WaitForSelectorAsync("html[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var wall = watch.Elapsed.TotalMilliseconds;
        var times = await page.EvaluateAsync<double[]>("""
            () => [
              performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
              performance.getEntriesByType('navigation')[0].loadEventEnd,
              performance.getEntriesByName('weft-ready')[0]?.startTime ?? -1,
            ]
            """);
        return (wall, times[0], times[1], times[2], requests);
    }

    /// <summary>Saves a 1280 × 800 screenshot of the top of the page, and one of the first instance beside it (NAME-instance.png).</summary>
    public async Task ScreenshotAsync(string file, string png)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.WaitForSelectorAsync("html[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.Locator("#leaderboard").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png });
        await page.EvaluateAsync("() => document.getElementById('inst-0').scrollIntoView()");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#inst-0 img.pic')].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.ChangeExtension(png, null) + "-instance.png" });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
