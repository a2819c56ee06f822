using System.Security.Cryptography;
using SkiaSharp;
using Weft.Images;
using Weft.Reports.Html;
using Weft.Testing;

namespace Weft.Tests.Reports.Html;

public sealed class ImageEmbedderTests
{
    [Fact]
    public void Embed_LargeImage_ThumbnailAndFullAreCapped()
    {
        var embedded = new ImageEmbedder(new HtmlReportOptions(ThumbnailSide: 320, MaxImageSide: 1024)).Embed(Load(TestImages.Gradient(2000, 1000, SKColors.Red, SKColors.Blue)));

        Assert.Equal((320, 160), Size(embedded.Thumbnail));
        Assert.Equal((1024, 512), Size(embedded.Full!));
    }

    [Fact]
    public void Embed_ThumbnailsOnly_HasNoFullImage()
    {
        var embedded = new ImageEmbedder(new HtmlReportOptions(MaxImageSide: 0)).Embed(Load(TestImages.Gradient(800, 800, SKColors.Red, SKColors.Blue)));

        Assert.Null(embedded.Full);
        Assert.Equal((320, 320), Size(embedded.Thumbnail));
    }

    [Fact]
    public void Embed_SmallImage_KeepsOnlyOneVersion()
    {
        var png = TestImages.Png(40, 30, SKColors.Green);

        var embedded = new ImageEmbedder(new HtmlReportOptions()).Embed(Load(png));

        Assert.Null(embedded.Full);
        Assert.Equal((40, 30), Size(embedded.Thumbnail));
    }

    [Fact]
    public void Embed_AtMostTwiceTheThumbnailSide_EmbedsOneCopyAtItsOwnSize()
    {
        var embedded = new ImageEmbedder(new HtmlReportOptions(ThumbnailSide: 320)).Embed(Load(TestImages.Gradient(600, 400, SKColors.Red, SKColors.Blue)));

        Assert.Null(embedded.Full);
        Assert.Equal((600, 400), Size(embedded.Thumbnail));
    }

    private static LoadedImage Load(byte[] bytes) => new(bytes, ImageFormats.SniffMediaType(bytes)!, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    private static (int, int) Size(string dataUri)
    {
        var bytes = Convert.FromBase64String(dataUri[(dataUri.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        return (codec.Info.Width, codec.Info.Height);
    }
}
