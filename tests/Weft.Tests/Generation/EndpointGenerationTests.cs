using SkiaSharp;
using Weft.Generation;
using Weft.Testing;
using Weft.Tests.Runs;
using static Weft.Tests.Generation.GenerationHarness;

namespace Weft.Tests.Generation;

public sealed class EndpointGenerationTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task RunAsync_ReplyWithDataUris_SavesImagesWithExtensionsFromTheirBytes()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var png = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(8, 8, SKColors.Red));
        var jpeg = "data:image/png;base64," + Convert.ToBase64String(TestImages.Jpeg(8, 8, SKColors.Blue));
        server.Responder = _ => FakeBehavior.Reply($"Here you go.\n![one]({png})\nAnd another:\n![two]({jpeg})");
        var dir = folder.File("gen");

        var outcome = await new GenerationRunner(EndpointSystem(server, dir, limit: 2), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(2, outcome.Generated);
        Assert.Equal(2, server.ChatRequestCount);
        Assert.Equal(
            """{"id":"how-to-01","output":[{"text":"Here you go."},{"image":"images/endpoint/how-to-01-1.png"},{"text":"And another:"},{"image":"images/endpoint/how-to-01-2.jpg"}]}""",
            Lines(outcome.OutputFile!)[0]);
        Assert.True(File.Exists(Path.Combine(dir, "images", "endpoint", "how-to-01-2.jpg")));
    }

    [Fact]
    public async Task RunAsync_RemoteImageWithoutPermission_RecordsAProblem()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = _ => FakeBehavior.Reply("Text.\n![one](https://example.org/x.png)");

        var outcome = await new GenerationRunner(EndpointSystem(server, folder.File("gen"), limit: 1), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        var failure = Assert.Single(outcome.Failures);
        Assert.Contains("pass --allow-remote-images", failure.Error, StringComparison.Ordinal);
        Assert.Null(outcome.OutputFile);
    }

    public void Dispose() => folder.Dispose();
}
