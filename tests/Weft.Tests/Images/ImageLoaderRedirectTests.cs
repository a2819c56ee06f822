using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Images;

namespace Weft.Tests.Images;

public sealed class ImageLoaderRedirectTests
{
    private static readonly Uri RemoteUri = new("https://images.example/cat.png");

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/x.png")]
    public async Task LoadAsync_RealServerRedirectingToANonHttpUrl_IsAFailedFetchNotACrash(string target)
    {
        using var server = new RedirectingServer(target);
        using var client = ImageLoader.CreateDefaultClient();
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client });

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => loader.LoadAsync(new UriContent(server.Address, "image/*"), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.RemoteFailed, error.Problem);
        Assert.Contains("only http(s) redirects are followed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RelativeRedirect_IsFollowedToTheImage()
    {
        var bytes = TestImages.Solid(5, 5, SKColors.Red);
        var handler = new FakeHttpHandler(request => request.RequestUri!.AbsolutePath == "/cat.png"
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("/moved/cat.png", UriKind.Relative) } }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) });
        using var client = new HttpClient(handler);
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client });

        var image = await loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None);

        Assert.Equal(bytes, image.Bytes.ToArray());
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task LoadAsync_RedirectLoop_StopsAfterFiveHops()
    {
        var handler = new FakeHttpHandler(request => new HttpResponseMessage(HttpStatusCode.TemporaryRedirect)
        {
            Headers = { Location = new Uri(request.RequestUri!, "again.png") },
        });
        using var client = new HttpClient(handler);
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client });

        var error = await Assert.ThrowsAsync<ImageLoadException>(
            () => loader.LoadAsync(new UriContent(RemoteUri, "image/*"), CancellationToken.None));

        Assert.Equal(ImageLoadProblem.RemoteFailed, error.Problem);
        Assert.Equal(ImageLoader.MaxRedirects + 1, handler.Requests);
    }

    /// <summary>A loopback HTTP server answering every request with a 302 to one target.</summary>
    private sealed class RedirectingServer : IDisposable
    {
        private readonly HttpListener listener = new();

        public RedirectingServer(string target)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Address = new Uri($"http://127.0.0.1:{port}/cat.png");
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            _ = Task.Run(async () =>
            {
                while (listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    context.Response.StatusCode = 302;
                    context.Response.RedirectLocation = target;
                    context.Response.Close();
                }
            });
        }

        public Uri Address { get; }

        public void Dispose() => listener.Close();
    }
}
