using Microsoft.Playwright;
using Weft.Testing;

namespace Weft.Server.Tests;

/// <summary>
/// One headless Chromium for all browser tests. It is Debian's /usr/bin/chromium (CI installs the package);
/// Playwright's own browser download is never used.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium; WEFT_CHROMIUM overrides it.</summary>
    public static string ExecutablePath => Prerequisites.ChromiumPath;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (Prerequisites.ChromiumSkip is not null)
        {
            // Every browser test is skipped ([BrowserFact]); starting nothing lets the skips be reported as such.
            return;
        }

        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}; install it with 'apt-get install -y chromium' (.ci/run does).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh, isolated page (its own cookies and storage).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
