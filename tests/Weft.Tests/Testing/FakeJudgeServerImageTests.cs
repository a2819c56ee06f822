using System.Net;
using System.Text;
using System.Text.Json;
using SkiaSharp;
using Weft.Testing;

namespace Weft.Tests.Testing;

public sealed class FakeJudgeServerImageTests
{
    private const string Body = """{"model":"dall-e-3","prompt":"a red fox","size":"96x64","response_format":"b64_json"}""";

    [Theory]
    [InlineData("v1/images/generations")]
    [InlineData("openai/v1/images/generations")]
    [InlineData("openai/deployments/painter/images/generations")]
    public async Task ImagesEndpoint_AnyRoute_ReturnsARealPngOfTheRequestedSize(string path)
    {
        await using var server = await FakeJudgeServer.StartAsync();
        using var client = new HttpClient();

        var (status, json) = await PostAsync(client, new Uri(server.BaseUri, path), Body);

        Assert.Equal(HttpStatusCode.OK, status);
        var data = json.RootElement.GetProperty("data")[0];
        Assert.Equal("a red fox", data.GetProperty("revised_prompt").GetString());
        using var bitmap = SKBitmap.Decode(Convert.FromBase64String(data.GetProperty("b64_json").GetString()!));
        Assert.Equal((96, 64), (bitmap.Width, bitmap.Height));
        Assert.True(json.RootElement.GetProperty("created").GetInt64() > 0);
        Assert.Equal(1, server.ImageRequestCount);
        Assert.Equal(0, server.ChatRequestCount);
    }

    [Fact]
    public async Task ImagesEndpoint_SamePromptTwice_SameBytesAndCountedPerKey()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        using var client = new HttpClient();
        var url = new Uri(server.OpenAIEndpoint, "images/generations");

        var (_, first) = await PostAsync(client, url, Body);
        var (_, second) = await PostAsync(client, url, Body);
        var (_, other) = await PostAsync(client, url, Body.Replace("red", "grey", StringComparison.Ordinal));

        string B64(JsonDocument d) => d.RootElement.GetProperty("data")[0].GetProperty("b64_json").GetString()!;
        Assert.Equal(B64(first), B64(second));
        Assert.NotEqual(B64(first), B64(other));
        Assert.Equal(2, server.CountFor(server.Requests[0].RequestKey));
        Assert.All(server.Requests, r => Assert.True(r.IsImageRequest));
    }

    [Fact]
    public async Task ImagesEndpoint_QueuedRateLimit_Answers429WithRetryAfter()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.RateLimited(TimeSpan.FromSeconds(2)));
        using var client = new HttpClient();

        using var response = await client.PostAsync(new Uri(server.OpenAIEndpoint, "images/generations"), new StringContent(Body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task ImagesEndpoint_NoPrompt_Answers400()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        using var client = new HttpClient();

        var (status, _) = await PostAsync(client, new Uri(server.OpenAIEndpoint, "images/generations"), """{"model":"x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private static async Task<(HttpStatusCode Status, JsonDocument Json)> PostAsync(HttpClient client, Uri url, string body)
    {
        using var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }
}
