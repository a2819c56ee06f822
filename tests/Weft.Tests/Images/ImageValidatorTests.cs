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

    [Fact]
    public async Task CheckAsync_HeaderOnly_ReadsHashAndSizeWithoutDecodingSoACorruptBodyPasses()
    {
        using var folder = new TempFolder();
        var png = TestImages.Scene(120, 80, seed: 3);
        var good = ContentImages.FromFile(folder.Write("good.png", png));
        var cut = ContentImages.FromFile(folder.Write("cut.png", png[..(png.Length / 2)]));
        var validator = new ImageValidator(new ImageLoader());

        var header = await validator.CheckAsync([("a", good), ("b", cut)], parallelism: 2, decode: false, CancellationToken.None);
        var full = await validator.CheckAsync([("a", good), ("b", cut)], parallelism: 2, CancellationToken.None);

        Assert.Empty(header.Problems);
        Assert.All(header.Facts.Values, f => Assert.True(f.HeaderOnly));
        Assert.Equal((120, 80), (header.Facts[ContentImages.Key(cut)].Width, header.Facts[ContentImages.Key(cut)].Height));
        var decoded = full.Facts[ContentImages.Key(good)];
        Assert.Equal((decoded.Sha256, decoded.MediaType, decoded.Width, decoded.Height), (header.Facts[ContentImages.Key(good)].Sha256, header.Facts[ContentImages.Key(good)].MediaType, header.Facts[ContentImages.Key(good)].Width, header.Facts[ContentImages.Key(good)].Height));
        Assert.False(decoded.HeaderOnly);
        Assert.Equal([("b", ImageLoadProblem.Undecodable)], full.Problems.Select(p => (p.Owner, p.Kind)));
    }

    [Fact]
    public async Task CheckAsync_HeaderOnly_StillFindsMissingFilesAndFilesThatAreNotImages()
    {
        using var folder = new TempFolder();
        var missing = ContentImages.FromFile(folder.File("gone.png"));
        var text = ContentImages.FromFile(folder.Write("notes.png", "not a picture"u8.ToArray()));
        var garbage = ContentImages.FromFile(folder.Write("garbage.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4]));

        var result = await new ImageValidator(new ImageLoader()).CheckAsync([("a", missing), ("b", text), ("c", garbage)], parallelism: 2, decode: false, CancellationToken.None);

        Assert.Empty(result.Facts);
        Assert.Equal(
            [("a", ImageLoadProblem.Missing), ("b", ImageLoadProblem.UnknownFormat), ("c", ImageLoadProblem.Undecodable)],
            result.Problems.Select(p => (p.Owner, p.Kind)));
    }
}
