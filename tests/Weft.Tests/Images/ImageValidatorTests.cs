using System.Net;
using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Content;
using Weft.Images;
using Weft.Testing;

namespace Weft.Tests.Images;

public sealed class ImageValidatorTests
{
    [Fact]
    public async Task CheckAsync_MixedImages_GivesFactsForTheGoodAndAProblemForEachBadOne()
    {
        using var folder = new TempFolder();
        var good = ContentImages.FromFile(folder.Write("good.jpg", TestImages.Scene(200, 100, seed: 1)));
        var jpeg = TestImages.Scene(300, 200, seed: 2, SKEncodedImageFormat.Jpeg);
        var truncated = ContentImages.FromFile(folder.Write("cut.jpg", jpeg[..(jpeg.Length / 2)]));
        var missing = ContentImages.FromFile(folder.File("gone.jpg"));
        var remote = new UriContent(new Uri("https://images.example/a.png"), "image/*");
        var inline = new DataContent(TestImages.Solid(8, 8, SKColors.Red), "image/png");

        var result = await new ImageValidator(new ImageLoader()).CheckAsync(
            [("i1", good), ("i1", truncated), ("i2", missing), ("i3", remote), ("i3", inline)], parallelism: 2, CancellationToken.None);

        Assert.Equal(
            new[] { ContentImages.Key(good), ContentImages.Key(inline) }.Order(),
            result.Facts.Keys.Order());
        Assert.Equal((200, 100), (result.Facts[ContentImages.Key(good)].Width, result.Facts[ContentImages.Key(good)].Height));
        Assert.Equal(
            [("i1", ImageLoadProblem.Undecodable), ("i2", ImageLoadProblem.Missing), ("i3", ImageLoadProblem.RemoteNotAllowed)],
            result.Problems.Select(p => (p.Owner, p.Kind)));
        Assert.Equal(folder.File("gone.jpg"), result.Problems[1].Image);
        Assert.Equal("file not found", result.Problems[1].Problem);
    }

    [Fact]
    public async Task CheckAsync_SameImageFromManyOwners_LoadsItOnceAndReportsEveryOwner()
    {
        var handler = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        using var client = new HttpClient(handler);
        var loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = true, HttpClient = client });
        var uri = new Uri("https://images.example/shared.png");
        var images = new[] { "a", "b", "c", "a" }.Select(owner => (owner, (AIContent)new UriContent(uri, "image/*")));

        var result = await new ImageValidator(loader).CheckAsync(images, parallelism: 4, CancellationToken.None);

        Assert.Equal(1, handler.Requests);
        Assert.Equal(["a", "b", "c"], result.Problems.Select(p => p.Owner));
        Assert.All(result.Problems, p => Assert.Equal(ImageLoadProblem.RemoteFailed, p.Kind));
        Assert.Equal(["1 remote image could not be fetched (https://images.example/shared.png)"], result.Summarize(3));
    }

    [Fact]
    public async Task CheckAsync_ThousandMissingImages_SummarizesThemInOneLine()
    {
        using var folder = new TempFolder();
        var images = Enumerable.Range(1, 1000)
            .Select(i => ($"instance{i}", (AIContent)ContentImages.FromFile(folder.File($"images/A/{i}-i-1.jpg"))));

        var result = await new ImageValidator(new ImageLoader()).CheckAsync(images, parallelism: 8, CancellationToken.None);

        Assert.Equal(1000, result.Problems.Count);
        var line = Assert.Single(result.Summarize(maxExamples: 2));
        Assert.Equal($"1,000 images missing (e.g. {folder.File("images/A/1-i-1.jpg")}, {folder.File("images/A/2-i-1.jpg")}, ...)", line);
    }

    [Fact]
    public async Task CheckAsync_AllGood_HasNoProblemsAndAnEmptySummary()
    {
        using var folder = new TempFolder();
        var image = ContentImages.FromFile(folder.Write("x.png", TestImages.Solid(10, 10, SKColors.White)));

        var result = await new ImageValidator(new ImageLoader()).CheckAsync([("i", image)], parallelism: 1, CancellationToken.None);

        Assert.Single(result.Facts);
        Assert.Empty(result.Problems);
        Assert.Empty(result.Summarize(5));
    }

    [Fact]
    public async Task CheckAsync_ParallelismBelowOne_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => new ImageValidator(new ImageLoader()).CheckAsync([], parallelism: 0, CancellationToken.None));
    }

    [Fact]
    public async Task CheckAsync_Cancelled_Throws()
    {
        using var folder = new TempFolder();
        var image = ContentImages.FromFile(folder.Write("x.png", TestImages.Solid(10, 10, SKColors.White)));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new ImageValidator(new ImageLoader()).CheckAsync([("i", image)], parallelism: 1, cancellation.Token));
    }
}
