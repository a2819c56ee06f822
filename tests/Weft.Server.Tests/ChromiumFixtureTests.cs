namespace Weft.Server.Tests;

[Collection(Browsers.Name)]
public sealed class ChromiumFixtureTests(ChromiumFixture chromium)
{
    [BrowserFact]
    public async Task NewPage_LocalHtml_RunsScriptAndRendersText()
    {
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync("<p id='x'>static</p><script>document.getElementById('x').textContent = 'from script';</script>");

        Assert.Equal("from script", await page.TextContentAsync("#x"));
    }
}
