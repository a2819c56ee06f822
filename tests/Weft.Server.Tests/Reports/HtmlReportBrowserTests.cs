using Microsoft.Playwright;

namespace Weft.Server.Tests.Reports;

[Collection(Browsers.Name)]
public sealed class HtmlReportBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private ReportRun? run;

    private ReportRun Run => run ?? throw new InvalidOperationException("The run was not built.");

    public async Task InitializeAsync() => run = await ReportRun.CreateAsync();

    public Task DisposeAsync()
    {
        run?.Dispose();
        return Task.CompletedTask;
    }

    [BrowserFact]
    public async Task Open_Report_ShowsLeaderboardAndAnInstanceWithItsImages()
    {
        var page = await OpenAsync();

        Assert.Equal(12, await page.Locator(".board td.cell").CountAsync());
        Assert.Equal("4.00", await page.Locator(".board td.cell[data-system=alpha][data-aspect=text_quality] b").TextContentAsync());
        await page.Locator("#inst-0").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync(
            "() => { const imgs = [...document.querySelectorAll('#inst-0 img.pic')]; return imgs.length === 3 && imgs.every(i => i.complete && i.naturalWidth > 0); }");
        Assert.Equal(3, await page.Locator("#inst-0 img.pic").CountAsync());
    }

    [BrowserFact]
    public async Task Open_ScriptAndImgOnerrorInOutput_AppearAsTextAndNeverRun()
    {
        var page = await OpenAsync();
        await page.Locator("#inst-0").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#inst-0 img[data-img]').length === 0");

        var beta = page.Locator("#inst-0 .output[data-system=beta] p.t").First;
        Assert.Equal(ReportRun.HostileScript + " " + ReportRun.HostileImage, await beta.TextContentAsync());
        Assert.True(await beta.IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.Equal(0, await page.Locator("img:not(.pic):not(#viewer img)").CountAsync());
    }

    [BrowserFact]
    public async Task Open_Report_MakesNoNetworkRequest()
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                requests.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(Run.ReportPath).AbsoluteUri);
        await page.WaitForSelectorAsync("html[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.Locator("#inst-2 img.pic").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('viewer').open && document.querySelector('#viewer img').naturalWidth > 0");

        Assert.Empty(requests);
    }

    [BrowserFact]
    public async Task Filter_SystemAspectAndScore_ShowsOnlyMatchingInstances()
    {
        var page = await OpenAsync();

        await page.SelectOptionAsync("#f-system", "beta");
        await page.SelectOptionAsync("#f-aspect", "helpfulness");
        await page.SelectOptionAsync("#f-max", "1");

        Assert.Equal("1 of 3 instances", await page.Locator("#f-count").TextContentAsync());
        Assert.True(await page.Locator("#inst-0").IsVisibleAsync());
        Assert.False(await page.Locator("#inst-1").IsVisibleAsync());
        Assert.False(await page.Locator("#inst-0 .output[data-system=alpha]").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Filter_TaskAndLeaderboardClick_JumpToThatSystemsInstances()
    {
        var page = await OpenAsync();

        await page.SelectOptionAsync("#f-task", "story");
        Assert.Equal("1 of 3 instances", await page.Locator("#f-count").TextContentAsync());

        await page.Locator(".board td.cell[data-system=beta][data-aspect=text_quality]").ClickAsync();

        Assert.Equal("beta", await page.InputValueAsync("#f-system"));
        Assert.Equal("text_quality", await page.InputValueAsync("#f-aspect"));
        Assert.Equal("3 of 3 instances", await page.Locator("#f-count").TextContentAsync());
        Assert.False(await page.Locator("#inst-1 .output[data-system=alpha]").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Open_Charts_OneChartWithTheSystemsSideBySidePerAspect()
    {
        var page = await OpenAsync();

        Assert.Equal(1, await page.Locator("#charts figure.chart").CountAsync());
        Assert.Equal(["alpha", "beta"], await page.Locator("#charts .legend li").AllTextContentsAsync());
        var alpha = (await page.Locator("#charts rect[data-system=alpha][data-aspect=text_quality]").BoundingBoxAsync())!;
        var beta = (await page.Locator("#charts rect[data-system=beta][data-aspect=text_quality]").BoundingBoxAsync())!;
        var next = (await page.Locator("#charts rect[data-system=alpha][data-aspect=perceptual_quality]").BoundingBoxAsync())!;

        // Beside each other on one baseline, the taller bar for the higher mean (4 against 2.33), the next aspect further right.
        Assert.Equal(alpha.Y + alpha.Height, beta.Y + beta.Height, 1);
        Assert.True(alpha.X + alpha.Width <= beta.X && beta.X - (alpha.X + alpha.Width) < alpha.Width, "beta's bar is right beside alpha's");
        Assert.True(alpha.Height > beta.Height);
        Assert.True(next.X > beta.X + beta.Width);
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(Run.ReportPath).AbsoluteUri);
        await page.WaitForSelectorAsync("html[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }
}
