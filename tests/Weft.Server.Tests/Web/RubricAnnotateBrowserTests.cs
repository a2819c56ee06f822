using Microsoft.Playwright;
using Weft.Annotations;

namespace Weft.Server.Tests.Web;

/// <summary>Rating a run judged with a protocol file: its own criteria, scales and labels; N/A criteria are not asked.</summary>
[Collection(Browsers.Name)]
public sealed class RubricAnnotateBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TestRun run = new(rubric: TestRun.StoryRubric);

    [BrowserFact]
    public async Task Annotate_RubricRun_OwnCriteriaScalesAndLabelsAndTheRatingIsStored()
    {
        string token;
        using (var store = await SqliteAnnotationStore.OpenAsync(run.RunFolder))
        {
            token = await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
        }

        await using var server = await WeftServer.StartAsync(new ServerOptions { RunFolder = run.RunFolder, Urls = "http://127.0.0.1:0", Mode = AnnotationMode.Scoring });
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "annotate?token=" + token);
        await page.WaitForSelectorAsync(".aspect:focus");

        Assert.Equal(["clarity", "has_ending"], await page.EvalOnSelectorAllAsync<string[]>(".aspect", "rows => rows.map(r => r.dataset.aspect)"));
        Assert.Equal(["1", "2", "3", "4", "5", "N/A"], await page.EvalOnSelectorAllAsync<string[]>(".aspect[data-aspect=clarity] button", "bs => bs.map(b => b.textContent)"));
        Assert.Equal(["yes", "no", "N/A"], await page.EvalOnSelectorAllAsync<string[]>(".aspect[data-aspect=has_ending] button", "bs => bs.map(b => b.textContent)"));
        Assert.Equal(0, await page.Locator(".legend").CountAsync());

        await page.ClickAsync(".aspect[data-aspect=clarity] button[data-score='5']");
        await page.ClickAsync(".aspect[data-aspect=has_ending] button:text-is('no')");
        var navigated = page.WaitForURLAsync("**/annotate/1", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.ClickAsync("#save");
        await navigated;

        using var saved = await SqliteAnnotationStore.OpenAsync(run.RunFolder);
        var ratings = (await saved.ReadRatingsAsync("alice")).OrderBy(r => r.Aspect, StringComparer.Ordinal).Select(r => (r.Aspect, r.Score)).ToList();
        Assert.Equal([("clarity", 5.0), ("has_ending", 0.0)], ratings.Select(r => (r.Aspect, (double)r.Score!.Value)));
    }

    [BrowserFact]
    public async Task Instance_RubricRun_VerdictsOnTheirOwnScale()
    {
        string token;
        using (var store = await SqliteAnnotationStore.OpenAsync(run.RunFolder))
        {
            token = await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
        }

        await using var server = await WeftServer.StartAsync(new ServerOptions { RunFolder = run.RunFolder, Urls = "http://127.0.0.1:0", Mode = AnnotationMode.Scoring });
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "instances/s1?token=" + token);
        var cells = await page.EvalOnSelectorAllAsync<string[]>("table.verdicts tr", "rows => rows.map(r => r.cells[0].textContent + '=' + r.cells[1].textContent)");

        Assert.Contains("clarity=1", cells);
        Assert.Contains("has_ending=no", cells);
        Assert.Contains("steps_as_asked=N/A", cells);
    }

    public void Dispose() => run.Dispose();
}
