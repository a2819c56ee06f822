using SkiaSharp;
using Weft.Images;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Images;

public sealed class ImageFormatsTests
{
    [Theory]
    [InlineData("89504E470D0A1A0A0000000D49484452", "image/png")]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("FFD8FFDB", "image/jpeg")]
    [InlineData("474946383961", "image/gif")]
    [InlineData("474946383761", "image/gif")]
    [InlineData("524946462400000057454250565038", "image/webp")]
    [InlineData("424D3600000000000000360000002800000010", "image/bmp")]
    public void SniffMediaType_KnownSignature_ReturnsMediaType(string hex, string expected)
    {
        Assert.Equal(expected, ImageFormats.SniffMediaType(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("89504E47")] // PNG signature cut short
    [InlineData("FFD8")]
    [InlineData("424D")] // "BM" alone
    [InlineData("424D3600000000000000360000001700000010")] // "BM" with an impossible info header size
    [InlineData("52494646240000005741564566")] // RIFF WAVE audio
    [InlineData("3C3F786D6C")] // "<?xml"
    public void SniffMediaType_UnknownOrTooShort_ReturnsNull(string hex)
    {
        Assert.Null(ImageFormats.SniffMediaType(Convert.FromHexString(hex)));
    }

    [Fact]
    public void SniffMediaType_EncodedImages_MatchTheirEncoder()
    {
        Assert.Equal(ImageFormats.Png, ImageFormats.SniffMediaType(TestImages.Solid(8, 8, SKColors.Red)));
        Assert.Equal(ImageFormats.Jpeg, ImageFormats.SniffMediaType(TestImages.Solid(8, 8, SKColors.Red, SKEncodedImageFormat.Jpeg)));
        Assert.Equal(ImageFormats.WebP, ImageFormats.SniffMediaType(TestImages.Solid(8, 8, SKColors.Red, SKEncodedImageFormat.Webp)));
        Assert.Equal(ImageFormats.Bmp, ImageFormats.SniffMediaType(TestImages.Bmp(3, 2, SKColors.Red)));
    }

    [SharedDataFact]
    public void SniffMediaType_PngBytesBehindJpgName_SaysPng()
    {
        var path = Path.Combine(TestPaths.OpeningData, "gen_outputs", "GPT-4o+DALL-E3_output", "0301096-o-0.jpg");
        var header = File.ReadAllBytes(path).AsSpan(0, ImageFormats.HeaderLength);

        Assert.Equal(ImageFormats.Png, ImageFormats.SniffMediaType(header));
    }

    [Theory]
    [InlineData("image/png", ".png")]
    [InlineData("image/jpeg", ".jpg")]
    [InlineData("IMAGE/JPEG", ".jpg")]
    [InlineData("image/gif", ".gif")]
    [InlineData("image/webp", ".webp")]
    [InlineData("image/bmp", ".bmp")]
    public void Extension_KnownMediaType_ReturnsExtensionWithDot(string mediaType, string expected)
    {
        Assert.Equal(expected, ImageFormats.Extension(mediaType));
    }

    [Fact]
    public void Extension_UnknownMediaType_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageFormats.Extension("image/tiff"));
        Assert.Contains("image/tiff", error.Message, StringComparison.Ordinal);
    }
}
