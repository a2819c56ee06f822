using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Content;
using Weft.Images;
using Weft.Testing;

namespace Weft.Tests.Images;

public sealed class ImageLoaderTests
{
    private static readonly Uri RemoteUri = new("https://images.example/cat.png");

    [Fact]
    public async Task LoadAsync_PngFileWithJpgName_ReturnsBytesSniffedTypeAndHash()
    {
        using var folder = new TempFolder();
        var bytes = TestImages.Solid(10, 10, SKColors.Blue);
        var path = folder.Write("a.jpg", bytes);

        var image = await new ImageLoader().LoadAsync(ContentImages.FromFile(path), CancellationToken.None);

        Assert.Equal(bytes, image.Bytes.ToArray());
        Assert.Equal(ImageFormats.Png, image.MediaType);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), image.Sha256);
        Assert.Equal(path, image.Source);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_ThrowsMissingNamingThePath()
    {
        using var folder = new TempFolder();
        var path = folder.File("images/none.jpg");

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => new ImageLoader().LoadAsync(ContentImages.FromFile(path), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.Missing, error.Problem);
        Assert.Equal(path, error.Image);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Folder_ThrowsUnreadable()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("dir.png"));

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => new ImageLoader().LoadAsync(ContentImages.FromFile(folder.File("dir.png")), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.Unreadable, error.Problem);
    }

    [Theory]
    [InlineData("not an image at all")]
    [InlineData("")]
    public async Task LoadAsync_FileThatIsNoImage_ThrowsUnknownFormat(string text)
    {
        using var folder = new TempFolder();
        var path = folder.Write("x.png", text);

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => new ImageLoader().LoadAsync(ContentImages.FromFile(path), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.UnknownFormat, error.Problem);
    }

    [Fact]
    public async Task LoadAsync_FileOverTheLimit_ThrowsTooLarge()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.png", TestImages.Noise(64, 64, seed: 1));
        var loader = new ImageLoader(new ImageLoaderOptions { MaxBytes = 1000 });

        var error = await Assert.ThrowsAsync<ImageLoadException>(() => loader.LoadAsync(ContentImages.FromFile(path), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.TooLarge, error.Problem);
        Assert.Contains("1,000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_InlineData_UsesItsBytesAndIgnoresTheDeclaredType()
    {
        var bytes = TestImages.Solid(4, 4, SKColors.Green, SKEncodedImageFormat.Jpeg);

        var image = await new ImageLoader().LoadAsync(new DataContent(bytes, "image/png"), CancellationToken.None);

        Assert.Equal(ImageFormats.Jpeg, image.MediaType);
        Assert.Equal(bytes.Length, image.Bytes.Length);
    }

    [Fact]
    public async Task LoadAsync_RemoteNotAllowed_ThrowsSayingWhichFlagAllowsIt()
    {
        var handler = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = new HttpClient(handler);
        var loader = new ImageLoader(new ImageLoaderOptions { HttpClient = client });

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.RemoteNotAllowed, error.Problem);
        Assert.Contains("--allow-remote-images", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Requests);
    }

    [Fact]
    public async Task LoadAsync_RemoteAllowed_FetchesThroughTheGivenClient()
    {
        var bytes = TestImages.Solid(5, 5, SKColors.Red);
        var handler = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) });
        using var client = new HttpClient(handler);
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client });

        var image = await loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None);

        Assert.Equal(bytes, image.Bytes.ToArray());
        Assert.Equal(ImageFormats.Png, image.MediaType);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task LoadAsync_RemoteHttpError_ThrowsRemoteFailedWithStatus()
    {
        using var client = new HttpClient(new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound)));
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client });

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.RemoteFailed, error.Problem);
        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RemoteNetworkFailure_ThrowsRemoteFailed()
    {
        using var client = new HttpClient(new FakeHttpHandler(_ => throw new HttpRequestException("connection refused")));
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client });

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.RemoteFailed, error.Problem);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RemoteOverTheLimitWithoutDeclaredLength_ThrowsTooLarge()
    {
        var bytes = TestImages.Noise(64, 64, seed: 2);
        using var client = new HttpClient(new FakeHttpHandler(_ =>
        {
            var content = new StreamContent(new MemoryStream(bytes));
            content.Headers.ContentLength = null; // as with chunked transfer: the limit must hold while reading
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }));
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client, MaxBytes = 2000 });

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.TooLarge, error.Problem);
    }

    [Fact]
    public async Task LoadAsync_RemoteDeclaringTooManyBytes_ThrowsTooLarge()
    {
        using var client = new HttpClient(new FakeHttpHandler(_ =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[5000]) }));
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client, MaxBytes = 2000 });

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.TooLarge, error.Problem);
    }

    [Fact]
    public async Task LoadAsync_TextBlock_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new ImageLoader().LoadAsync(new TextContent("hi"), CancellationToken.None));
    }
}
