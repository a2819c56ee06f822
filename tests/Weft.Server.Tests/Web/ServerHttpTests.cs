using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Weft.Annotations;

namespace Weft.Server.Tests.Web;

public sealed class ServerHttpTests : IAsyncLifetime, IDisposable
{
    private readonly TestRun run = new();
    private readonly HttpClient client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
    private ServerHandle server = null!;
    private string alice = null!;
    private string bob = null!;
    private string carol = null!;

    public async Task InitializeAsync()
    {
        using (var store = await SqliteAnnotationStore.OpenAsync(run.RunFolder))
        {
            alice = await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
            bob = await store.AddAnnotatorAsync("bob", DateTimeOffset.UnixEpoch);
            carol = await store.AddAnnotatorAsync("carol", DateTimeOffset.UnixEpoch);
            await store.RevokeAsync("carol", DateTimeOffset.UnixEpoch);
        }

        server = await WeftServer.StartAsync(new ServerOptions { RunFolder = run.RunFolder, Urls = "http://127.0.0.1:0" });
        client.BaseAddress = server.Address;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose()
    {
        client.Dispose();
        run.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/annotate/0")]
    [InlineData("/api/progress")]
    [InlineData("/instances/s1")]
    [InlineData("/static/app.js")]
    public async Task Get_NoToken_Unauthorized(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/favicon.svg")]
    public async Task Get_FaviconNoToken_ServedAsSvg(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BadOrRevokedToken_Unauthorized()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/", "not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/", carol)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/?token=" + carol, UriKind.Relative))).StatusCode);
        using var cookie = new HttpRequestMessage(HttpMethod.Get, "/");
        cookie.Headers.Add("Cookie", "weft_token=" + carol);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(cookie)).StatusCode);
    }

    [Fact]
    public async Task Get_QueryToken_SetsStrictHttpOnlyCookieAndDropsTokenFromUrl()
    {
        using var response = await client.GetAsync(new Uri("/annotate?token=" + alice, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/annotate", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_WithToken_PageHasCspAndEscapedOutputs()
    {
        using var response = await SendAsync(HttpMethod.Get, "/instances/s1", alice);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestRun.Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror=\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRating_Invalid_BadRequestWithMessage()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/ratings", alice, "{\"instance\":\"s1\",\"system\":\"nobody\",\"scores\":{\"text_quality\":9}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not in your queue", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"instance\":\"s1\",\"system\":\"good\"}")]
    [InlineData("{\"instance\":\"s1\",\"system\":\"good\",\"scores\":{\"text_quality\":\"2\",\"perceptual_quality\":1,\"text_image_coherence\":1,\"helpfulness\":1}}")]
    [InlineData("{\"instance\":\"s1\",\"system\":\"good\",\"scores\":{\"text_quality\":2.5,\"perceptual_quality\":1,\"text_image_coherence\":1,\"helpfulness\":1}}")]
    [InlineData("{\"instance\":\"s1\",\"system\":\"good\",\"scores\":{\"text_quality\":2,\"perceptual_quality\":1,\"text_image_coherence\":1,\"helpfulness\":1,\"image_coherence\":1}}")]
    public async Task PostRating_MalformedOrOffRules_BadRequest(string body)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/ratings", alice, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostRating_Valid_CountsForThatAnnotatorOnly()
    {
        using var saved = await SendAsync(HttpMethod.Post, "/api/ratings", alice, Rating("s1", "good"));

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Contains("\"done\":1", await (await SendAsync(HttpMethod.Get, "/api/progress", alice)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"done\":0", await (await SendAsync(HttpMethod.Get, "/api/progress", bob)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRating_CookieWithoutCsrfHeaderOrOrigin_Forbidden()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings") { Content = new StringContent(Rating("s1", "good"), Encoding.UTF8, "application/json") };
        request.Headers.Add("Cookie", "weft_token=" + alice);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"done\":0", await (await SendAsync(HttpMethod.Get, "/api/progress", alice)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRating_CookieWithSameOrigin_Accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings") { Content = new StringContent(Rating("s2", "evil"), Encoding.UTF8, "application/json") };
        request.Headers.Add("Cookie", "weft_token=" + alice);
        request.Headers.Add("Origin", server.Address.GetLeftPart(UriPartial.Authority));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task PostVerdict_InScoringMode_BadRequest()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/verdicts", alice, "{\"instance\":\"s1\",\"system_a\":\"evil\",\"system_b\":\"good\",\"winner\":\"A\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/images/0123456789abcdef0123456789abcdef")]
    [InlineData("/images/..%2Fdata%2Fin.png")]
    [InlineData("/instances/nope")]
    public async Task Get_UnknownImageOrInstance_NotFound(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, alice);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_KnownImage_PngFromTheBytes()
    {
        var html = await (await SendAsync(HttpMethod.Get, "/instances/s1", alice)).Content.ReadAsStringAsync();
        var start = html.IndexOf("/images/", StringComparison.Ordinal);
        using var response = await SendAsync(HttpMethod.Get, html.Substring(start, 40), alice);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
    }

    private static string Rating(string instance, string system) =>
        $"{{\"instance\":\"{instance}\",\"system\":\"{system}\",\"scores\":{{\"text_quality\":2,\"perceptual_quality\":null,\"text_image_coherence\":1,\"helpfulness\":3}}}}";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Weft-Request", "1");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
