using System.Net;
using System.Net.Http.Headers;
using SkiaSharp;
using Weft.Annotations;
using Weft.Testing;

namespace Weft.Server.Tests.Web;

public sealed class ServerImagePathTests
{
    [Theory]
    [InlineData("%2e%2e/secret.png")]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    public async Task PercentEncodedDotSegments_ImageRouteNeverServesAFileOutsideTheDataset(string inputImage)
    {
        using var run = new TestRun(inputImage: inputImage);
        var secret = run.Write("secret.png", TestImages.Png(12, 12, SKColors.Yellow));
        string token;
        using (var store = await SqliteAnnotationStore.OpenAsync(run.RunFolder))
        {
            token = await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
        }

        await using var server = await WeftServer.StartAsync(new ServerOptions { RunFolder = run.RunFolder, Urls = "http://127.0.0.1:0" });
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var html = await client.GetStringAsync("/instances/s1");
        var links = System.Text.RegularExpressions.Regex.Matches(html, "/images/[0-9a-f]{32}").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(links);
        var forbidden = new[] { await File.ReadAllBytesAsync(secret), inputImage.EndsWith("passwd", StringComparison.Ordinal) && File.Exists("/etc/passwd") ? await File.ReadAllBytesAsync("/etc/passwd") : [] };
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var body = await response.Content.ReadAsByteArrayAsync();
                Assert.DoesNotContain(forbidden, f => f.Length > 0 && f.AsSpan().SequenceEqual(body));
            }
        }
    }
}
