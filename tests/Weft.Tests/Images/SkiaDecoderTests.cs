using SkiaSharp;
using Weft.Images;

namespace Weft.Tests.Images;

public sealed class SkiaDecoderTests
{
    [Fact]
    public void Decode_LargeJpegWhenASmallCopyIsEnough_DecodesAtAnEighth()
    {
        var jpeg = TestImages.Loaded(TestImages.Scene(1024, 768, seed: 1, SKEncodedImageFormat.Jpeg));

        using var decoded = SkiaDecoder.Decode(jpeg, _ => new SKSizeI(64, 64));

        Assert.Equal((128, 96), (decoded.Bitmap.Width, decoded.Bitmap.Height));
        Assert.Equal((1024, 768), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Decode_JpegWhoseNearestEighthIsTooSmall_PicksALargerScale()
    {
        // 0.3 of 1000 rounds to 2/8 (250 px) in the codec, below the 300 px asked for.
        var jpeg = TestImages.Loaded(TestImages.Scene(1000, 1000, seed: 2, SKEncodedImageFormat.Jpeg));

        using var decoded = SkiaDecoder.Decode(jpeg, _ => new SKSizeI(300, 300));

        Assert.InRange(decoded.Bitmap.Width, 300, 1000);
        Assert.Equal(decoded.Bitmap.Width, decoded.Bitmap.Height);
    }

    [Fact]
    public void Decode_PngWhichCannotScale_DecodesFullSize()
    {
        var png = TestImages.Loaded(TestImages.Scene(300, 200, seed: 3));

        using var decoded = SkiaDecoder.Decode(png, _ => new SKSizeI(64, 64));

        Assert.Equal((300, 200), (decoded.Bitmap.Width, decoded.Bitmap.Height));
    }

    [Theory]
    [InlineData(1, 120, 60)]
    [InlineData(3, 120, 60)]
    [InlineData(6, 60, 120)]
    [InlineData(8, 60, 120)]
    public void Decode_ExifOrientation_GivesAnUprightBitmap(ushort orientation, int width, int height)
    {
        var jpeg = TestImages.WithExifOrientation(TestImages.Scene(120, 60, seed: 4, SKEncodedImageFormat.Jpeg), orientation);

        using var decoded = SkiaDecoder.Decode(TestImages.Loaded(jpeg), size => size);

        Assert.Equal((width, height), (decoded.Bitmap.Width, decoded.Bitmap.Height));
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Decode_ExifRightTop_PutsTheStoredTopRowOnTheRight()
    {
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(SKColors.White);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, 40, 5, red); // the stored top rows
        }

        var jpeg = TestImages.WithExifOrientation(TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg, 100), orientation: 6);

        using var decoded = SkiaDecoder.Decode(TestImages.Loaded(jpeg), size => size);

        Assert.True(decoded.Bitmap.GetPixel(18, 20).Red > 200 && decoded.Bitmap.GetPixel(18, 20).Green < 60, "right edge is red");
        Assert.True(decoded.Bitmap.GetPixel(1, 20).Green > 200, "left edge is white");
    }

    [Fact]
    public void IsOpaque_ImageWithOneTranslucentPixel_IsFalse()
    {
        using var bitmap = new SKBitmap(16, 16);
        bitmap.Erase(SKColors.Blue);
        bitmap.SetPixel(7, 9, new SKColor(0, 0, 255, 254));
        var png = TestImages.Loaded(TestImages.Encode(bitmap, SKEncodedImageFormat.Png, 100));
        var opaquePng = TestImages.Loaded(TestImages.Solid(16, 16, SKColors.Blue));

        using var translucent = SkiaDecoder.Decode(png, size => size);
        using var opaque = SkiaDecoder.Decode(opaquePng, size => size);

        Assert.False(translucent.IsOpaque());
        Assert.True(opaque.IsOpaque());
    }
}
