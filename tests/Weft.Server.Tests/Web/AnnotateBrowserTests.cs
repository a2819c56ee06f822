using Microsoft.Playwright;
using Weft.Annotations;
using Weft.Arena;
using Weft.Protocols;

namespace Weft.Server.Tests.Web;

[Collection(Browsers.Name)]
public sealed class AnnotateBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TestRun run = new();

    [BrowserFact]
    public async Task Annotate_KeyboardThenReload_RatingKept()
    {
        var tokens = await AddAnnotatorsAsync("alice");
        await using var server = await StartAsync(AnnotationMode.Scoring);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(server.Address + "annotate?token=" + tokens[0]);
        await page.WaitForSelectorAsync(".aspect:focus");
        foreach (var key in new[] { "2", "n", "1", "3" })
        {
            await page.Keyboard.PressAsync(key);
        }

        await SaveAsync(page, "**/annotate/1");
        await page.GotoAsync(server.Address + "annotate/0");

        Assert.Equal(["2", "na", "1", "3"], await page.EvalOnSelectorAllAsync<string[]>(".aspect", "rows => rows.map(r => r.dataset.value)"));
        Assert.Equal("2", await page.TextContentAsync(".aspect[data-aspect=text_quality] button.selected"));
        Assert.Equal("1", await page.TextContentAsync("#done"));
    }

    [BrowserFact]
    public async Task Pages_MarkupInsideOutputs_ShownAsTextAndNeverRun()
    {
        var tokens = await AddAnnotatorsAsync("alice");
        await using var server = await StartAsync(AnnotationMode.Scoring);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(server.Address + "instances/s1?token=" + tokens[0]);
        var text = await page.InnerTextAsync("main");

        Assert.Contains(TestRun.Script, text, StringComparison.Ordinal);
        Assert.Contains(TestRun.OnError, text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main script, main img[src=x]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
    }

    [BrowserFact]
    public async Task Pages_NoToken_Unauthorized()
    {
        await AddAnnotatorsAsync("alice");
        await using var server = await StartAsync(AnnotationMode.Scoring);
        var page = await chromium.NewPageAsync();

        var home = await page.GotoAsync(server.Address.ToString());
        var annotate = await page.GotoAsync(server.Address + "annotate/0");

        Assert.Equal(401, home!.Status);
        Assert.Equal(401, annotate!.Status);
    }

    [BrowserFact]
    public async Task Annotate_TwoAnnotators_BobDoesNotSeeAliceRatings()
    {
        var tokens = await AddAnnotatorsAsync("alice", "bob");
        await using var server = await StartAsync(AnnotationMode.Scoring);
        var alice = await chromium.NewPageAsync();
        await alice.GotoAsync(server.Address + "annotate?token=" + tokens[0]);
        await alice.WaitForSelectorAsync(".aspect:focus");
        foreach (var key in new[] { "3", "3", "3", "3" })
        {
            await alice.Keyboard.PressAsync(key);
        }

        await SaveAsync(alice, "**/annotate/1");
        var bob = await chromium.NewPageAsync();
        await bob.GotoAsync(server.Address + "?token=" + tokens[1]);

        for (var index = 0; index < 6; index++)
        {
            await bob.GotoAsync(server.Address + "annotate/" + index);
            Assert.Equal(0, await bob.Locator("button.selected").CountAsync());
        }

        Assert.Equal("0", await bob.TextContentAsync("#done"));
        Assert.Equal("bob", await bob.TextContentAsync(".who"));
    }

    [BrowserFact]
    public async Task Pairwise_LeftBetterByKeyboard_RecordsShownOrderAndWinner()
    {
        var tokens = await AddAnnotatorsAsync("alice");
        await using var server = await StartAsync(AnnotationMode.Pairwise);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(server.Address + "annotate?token=" + tokens[0]);
        await page.WaitForSelectorAsync(".aspect:focus");
        var leftIsGood = (await page.InnerTextAsync(".split .output >> nth=0")).Contains("calm", StringComparison.Ordinal);
        await page.Keyboard.PressAsync("1");
        await page.WaitForSelectorAsync(".aspect button.selected");
        await SaveAsync(page, "**/annotate/1");

        using var store = await SqliteAnnotationStore.OpenAsync(run.RunFolder);
        var verdict = Assert.Single(await store.ReadVerdictsAsync("alice"));
        var shownFirst = verdict.Shown == ShownOrder.AB ? verdict.SystemA : verdict.SystemB;
        Assert.Equal(leftIsGood ? "good" : "evil", shownFirst);
        Assert.Equal(verdict.Shown == ShownOrder.AB ? PairwiseWinner.A : PairwiseWinner.B, verdict.Winner);
    }

    [BrowserFact]
    public async Task Instance_NotApplicableVerdict_ShownAsNA()
    {
        var tokens = await AddAnnotatorsAsync("alice");
        await using var server = await StartAsync(AnnotationMode.Scoring);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(server.Address + "instances/s1?token=" + tokens[0]);
        var cells = await page.EvalOnSelectorAllAsync<string[]>("table.verdicts tr", "rows => rows.map(r => r.cells[0].textContent + '=' + r.cells[1].textContent)");

        Assert.Contains("Image coherence=N/A", cells);
        Assert.DoesNotContain("NotApplicable", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Scoring_Legend_EveryPointWithItsLabel()
    {
        var tokens = await AddAnnotatorsAsync("alice");
        await using var server = await StartAsync(AnnotationMode.Scoring);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(server.Address + "annotate?token=" + tokens[0]);
        var legend = await page.EvalOnSelectorAllAsync<string[]>(".legend div", "items => items.map(i => i.querySelector('dt').textContent + ' ' + i.querySelector('dd').textContent)");

        Assert.Equal(["0 poor", "1 fair", "2 good", "3 excellent", "N/A does not apply"], legend);
        Assert.True(await page.IsVisibleAsync(".legend"));
        Assert.Equal("excellent", await page.GetAttributeAsync(".aspect[data-aspect=text_quality] button[data-score='3']", "title"));
    }

    [BrowserFact]
    public async Task Pages_Favicon_LinkedAndServed()
    {
        var tokens = await AddAnnotatorsAsync("alice");
        await using var server = await StartAsync(AnnotationMode.Scoring);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "?token=" + tokens[0]);
        var href = await page.EvalOnSelectorAsync<string>("link[rel=icon]", "link => link.href");

        var linked = await page.GotoAsync(href);
        var conventional = await page.GotoAsync(server.Address + "favicon.ico");

        Assert.Equal(200, linked!.Status);
        Assert.StartsWith("image/svg+xml", await linked.HeaderValueAsync("content-type"), StringComparison.Ordinal);
        Assert.Equal(200, conventional!.Status);
    }

    [BrowserFact]
    public async Task Pairwise_Screen1366x768_ButtonsVisibleWithoutScrollingAndPairwiseKeys()
    {
        using var tall = new TestRun(imageWidth: 800, outputImages: 2);
        string token;
        using (var store = await SqliteAnnotationStore.OpenAsync(tall.RunFolder))
        {
            token = await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
        }

        await using var server = await WeftServer.StartAsync(new ServerOptions { RunFolder = tall.RunFolder, Urls = "http://127.0.0.1:0", Mode = AnnotationMode.Pairwise });
        var page = await chromium.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });

        await page.GotoAsync(server.Address + "annotate?token=" + token);
        await page.WaitForSelectorAsync(".aspect:focus");
        var buttons = await page.Locator(".winners button, #save").AllAsync();
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var button in buttons)
        {
            boxes.Add((await button.BoundingBoxAsync())!);
        }

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight") > 768, "the outputs should be taller than the screen");
        Assert.Equal(5, boxes.Count);
        Assert.All(boxes, box => Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= 1366 && box.Y + box.Height <= 768, $"a button at ({box.X}, {box.Y}) size {box.Width}×{box.Height} is off the 1366×768 screen"));
        var keys = await page.InnerTextAsync(".keys");
        Assert.Contains("1 left better, 2 right better, 3 tie (left slightly better), 4 tie (right slightly better)", keys, StringComparison.Ordinal);
        Assert.DoesNotContain("N/A", keys, StringComparison.Ordinal);
    }

    public void Dispose() => run.Dispose();

    // Enter saves, and the page goes on to the next item once the server accepted the rating. The wait starts before
    // the key is pressed (a fast save can finish navigating before a wait begun afterwards starts watching), it ends when
    // the navigation commits (not at the next page's load event), and a failure says what the page reported.
    private static async Task SaveAsync(IPage page, string url)
    {
        var navigated = page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await navigated;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"the page did not go on to {url}: it is at {page.Url} and its status line says '{await page.TextContentAsync("#status")}'", e);
        }
    }

    private async Task<string[]> AddAnnotatorsAsync(params string[] names)
    {
        using var store = await SqliteAnnotationStore.OpenAsync(run.RunFolder);
        var tokens = new List<string>();
        foreach (var name in names)
        {
            tokens.Add(await store.AddAnnotatorAsync(name, DateTimeOffset.UnixEpoch));
        }

        return [.. tokens];
    }

    private Task<ServerHandle> StartAsync(AnnotationMode mode) =>
        WeftServer.StartAsync(new ServerOptions { RunFolder = run.RunFolder, Urls = "http://127.0.0.1:0", Mode = mode });
}
