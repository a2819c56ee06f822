using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;
using Weft.Reports.Html;

namespace Weft.Tests.Reports.Html;

public sealed partial class HtmlReportTests
{
    [Fact]
    public async Task WriteAsync_ScriptInOutput_IsEncodedAsText()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data(outputText: "<script>window.pwned = 1</script>"));

        Assert.Contains("&lt;script&gt;window.pwned = 1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.pwned", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ImgOnerrorInExplanation_IsEncodedAsText()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data(explanation: "<img src=x onerror=alert(1)>"));

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_QuotesInSystemName_StayInsideTheAttribute()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data(system: "a\" onmouseover=\"x' y"));

        Assert.Contains("data-system=\"a&quot; onmouseover=&quot;x&#39; y\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover=\"x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ClosingScriptTagInSystemName_IsEscapedInTheJsonPayload()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data(system: "</script><script>window.pwned=1</script>"));

        var payload = PayloadRegex().Match(html);
        Assert.True(payload.Success);
        Assert.DoesNotContain("<", payload.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", payload.Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ContentSecurityPolicy_AllowsOnlyTheReportScriptAndNoNetwork()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data());

        var script = ScriptRegex().Match(html).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains("default-src &#39;none&#39;; img-src data:;", html, StringComparison.Ordinal);
        Assert.Contains($"script-src &#39;sha256-{hash}&#39; &#39;sha256-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SameImageInEveryOutput_EmbedsItOnce()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data(image: HtmlRun.Image(SKColors.Teal)));

        // The input shows an orange image (i0) and all four outputs the teal one (i1): two embedded images.
        Assert.Equal(2, DataUriRegex().Count(html));
        Assert.Equal(4, Regex.Count(html, "data-img=\"i1\""));
    }

    [Fact]
    public async Task WriteAsync_Leaderboard_CellsNameTheirSystemAndAspectAndShowTheMean()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data());

        Assert.Contains("<td class=\"cell\" data-system=\"alpha\" data-aspect=\"text_quality\"", html, StringComparison.Ordinal);
        Assert.Contains("<b>4.00</b>", html, StringComparison.Ordinal);
        Assert.Contains("N/A 2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Outputs_CarryTheirScoresForFiltering()
    {
        var html = await HtmlRun.RenderAsync(HtmlRun.Data());

        Assert.Contains("data-scores=\"text_quality:4 perceptual_quality:4 image_coherence:na text_image_coherence:4 helpfulness:4\" data-overall=\"4\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ContentUnreadable_SaysWhyAndStillShowsVerdicts()
    {
        var data = HtmlRun.Data(explanation: "Judged fine.") with { Content = null, ContentProblem = "bench.jsonl is gone" };

        var html = await HtmlRun.RenderAsync(data);

        Assert.Contains("Texts and images are not shown: bench.jsonl is gone", html, StringComparison.Ordinal);
        Assert.Contains("Judged fine.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_BadOptions_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => HtmlRun.RenderAsync(HtmlRun.Data(), new HtmlReportOptions(ThumbnailSide: 8)));
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"weft-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex PayloadRegex();

    [GeneratedRegex("<script>(\\(\\(\\) => .*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptRegex();

    [GeneratedRegex("\"data:image/[a-z]+;base64,")]
    private static partial Regex DataUriRegex();
}
