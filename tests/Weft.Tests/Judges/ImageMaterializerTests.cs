using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Content;
using Weft.Images;
using Weft.Judges;
using Weft.Testing;

namespace Weft.Tests.Judges;

public sealed class ImageMaterializerTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task MaterializeAsync_LargeFileImage_SentDownscaledAsDataUriWithDetail()
    {
        var path = folder.Write("big.jpg", TestImages.Gradient(2000, 1000, SKColors.Navy, SKColors.Orange));
        using var materializer = new ImageMaterializer(new ImageLoader(), new ImagePreparer(1024), "low");
        await using var server = await FakeJudgeServer.StartAsync();
        var client = new OpenAI.Chat.ChatClient("m", new System.ClientModel.ApiKeyCredential("k"), new OpenAI.OpenAIClientOptions { Endpoint = server.OpenAIEndpoint }).AsIChatClient();

        var messages = await materializer.MaterializeAsync([new ChatMessage(ChatRole.User, [new TextContent("look"), ContentImages.FromFile(path)])], CancellationToken.None);
        await client.GetResponseAsync(messages);

        var part = Assert.Single(server.Requests).Body.GetProperty("messages")[0].GetProperty("content").EnumerateArray()
            .Single(p => p.GetProperty("type").GetString() == "image_url").GetProperty("image_url");
        Assert.Equal("low", part.GetProperty("detail").GetString());
        var uri = part.GetProperty("url").GetString()!;
        Assert.StartsWith("data:image/", uri, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(Convert.FromBase64String(uri[(uri.IndexOf(',', StringComparison.Ordinal) + 1)..]));
        Assert.Equal((1024, 512), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task MaterializeAsync_SameImageTwice_PreparedOnceFromTheCache()
    {
        // Larger than the side limit, so it is re-encoded: the kind of image the cache keeps.
        var path = folder.Write("a.png", TestImages.Png(1200, 800, SKColors.Teal));
        var image = ContentImages.FromFile(path);
        var index = new FixedIndex(ContentImages.Key(image), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));
        using var materializer = new ImageMaterializer(new ImageLoader(), new ImagePreparer(1024), "auto", index);
        var first = await materializer.MaterializeAsync([new ChatMessage(ChatRole.User, [image])], CancellationToken.None);
        File.Delete(path);

        var second = await materializer.MaterializeAsync([new ChatMessage(ChatRole.User, [image])], CancellationToken.None);

        Assert.Same(first[0].Contents[0], second[0].Contents[0]);
    }

    [Fact]
    public async Task MaterializeAsync_ImageSentAsItIs_ReadAgainNotKept()
    {
        var path = folder.Write("a.jpg", TestImages.Jpeg(64, 48, SKColors.Teal, quality: 80));
        var image = ContentImages.FromFile(path);
        var index = new FixedIndex(ContentImages.Key(image), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));
        using var materializer = new ImageMaterializer(new ImageLoader(), new ImagePreparer(1024), "auto", index);
        var first = await materializer.MaterializeAsync([new ChatMessage(ChatRole.User, [image])], CancellationToken.None);
        Assert.Equal(File.ReadAllBytes(path), ((DataContent)first[0].Contents[0]).Data.ToArray());
        File.Delete(path);

        // Only re-encoded images are cached; this one was sent untouched, so the next request reads the file again.
        await Assert.ThrowsAnyAsync<Exception>(() => materializer.MaterializeAsync([new ChatMessage(ChatRole.User, [image])], CancellationToken.None));
    }

    [Fact]
    public async Task MaterializeAsync_TextOnlyMessages_ReturnedUnchanged()
    {
        using var materializer = new ImageMaterializer(new ImageLoader(), new ImagePreparer(1024), "auto");
        var message = new ChatMessage(ChatRole.System, "rubric");

        var result = await materializer.MaterializeAsync([message], CancellationToken.None);

        Assert.Same(message, Assert.Single(result));
    }

    public void Dispose() => folder.Dispose();

    private sealed class FixedIndex(string key, string sha) : Weft.Protocols.IImageIndex
    {
        public string? Sha256(AIContent image) => ContentImages.Key(image) == key ? sha : null;
    }
}
