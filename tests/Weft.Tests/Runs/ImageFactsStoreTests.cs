using SkiaSharp;
using Weft.Content;
using Weft.Images;
using Weft.Runs;
using Weft.Testing;
using TestImages = Weft.Tests.Images.TestImages;

namespace Weft.Tests.Runs;

public sealed class ImageFactsStoreTests
{
    private static readonly ImageFacts Planted = new("feed", ImageFormats.Png, 7, 9, 0xABCDEF, 12.5, 3.25);

    [Fact]
    public void Flush_ThenReopen_FindsTheFactsForTheSameLengthAndTime()
    {
        using var folder = new TempFolder();
        var when = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        using (var store = ImageFactsStore.Open(folder.Path))
        {
            store.Add("/data/a.png", 100, when, Planted);
            store.Flush();
        }

        using var reopened = ImageFactsStore.Open(folder.Path);

        Assert.True(reopened.TryGet("/data/a.png", 100, when, out var facts));
        Assert.Equal(Planted, facts);
        Assert.False(reopened.TryGet("/data/a.png", 101, when, out _));
        Assert.False(reopened.TryGet("/data/a.png", 100, when.AddSeconds(1), out _));
        Assert.False(reopened.TryGet("/data/b.png", 100, when, out _));
    }

    [Fact]
    public async Task CheckAsync_UnchangedFileWithRememberedFacts_UsesThemWithoutReadingTheImage()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.png", TestImages.Scene(40, 30, seed: 1));
        var file = new FileInfo(path);
        using var store = ImageFactsStore.Open(folder.Path);
        store.Add(file.FullName, file.Length, file.LastWriteTimeUtc, Planted);
        store.Flush();
        var image = ContentImages.FromFile(path);

        var result = await new ImageValidator(new ImageLoader()) { Cache = store }.CheckAsync([("i1", image)], 1, CancellationToken.None);

        // Planted facts (7 x 9) cannot come from the 40 x 30 file: the cache answered.
        Assert.Equal(Planted, result.Facts[ContentImages.Key(image)]);
    }

    [Fact]
    public async Task CheckAsync_FileChangedSinceRemembered_MeasuresItAgainAndRemembersTheNewFacts()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.png", TestImages.Scene(40, 30, seed: 1));
        var before = new FileInfo(path);
        using var store = ImageFactsStore.Open(folder.Path);
        store.Add(before.FullName, before.Length, before.LastWriteTimeUtc, Planted);
        store.Flush();
        folder.Write("a.png", TestImages.Scene(64, 48, seed: 2, SKEncodedImageFormat.Jpeg));
        File.SetLastWriteTimeUtc(path, before.LastWriteTimeUtc.AddMinutes(1));
        var image = ContentImages.FromFile(path);

        var result = await new ImageValidator(new ImageLoader()) { Cache = store }.CheckAsync([("i1", image)], 1, CancellationToken.None);
        store.Flush();

        var measured = result.Facts[ContentImages.Key(image)];
        Assert.Equal((64, 48, ImageFormats.Jpeg), (measured.Width, measured.Height, measured.MediaType));
        var after = new FileInfo(path);
        Assert.True(store.TryGet(after.FullName, after.Length, after.LastWriteTimeUtc, out var remembered));
        Assert.Equal(measured, remembered);
    }
}
