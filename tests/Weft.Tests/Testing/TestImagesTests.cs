using SkiaSharp;
using Weft.Testing;

namespace Weft.Tests.Testing;

public sealed class TestImagesTests
{
    [Fact]
    public void Png_SizeAndColor_DecodesToThem()
    {
        var bytes = TestImages.Png(5, 3, SKColors.Red);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal((5, 3), (bitmap.Width, bitmap.Height));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(4, 2));
    }

    [Fact]
    public void Jpeg_SizeAndColor_DecodesToThemApproximately()
    {
        var bytes = TestImages.Jpeg(8, 8, new SKColor(0, 0, 255), quality: 95);

        Assert.Equal([0xFF, 0xD8], bytes[..2]);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal((8, 8), (bitmap.Width, bitmap.Height));
        var pixel = bitmap.GetPixel(4, 4);
        Assert.True(pixel.Blue > 200 && pixel.Red < 50 && pixel.Green < 50, pixel.ToString());
    }

    [Fact]
    public void Gradient_BlackToWhite_LeftDarkRightLight()
    {
        using var bitmap = SKBitmap.Decode(TestImages.Gradient(64, 4, SKColors.Black, SKColors.White));

        Assert.True(bitmap.GetPixel(0, 2).Red < 16);
        Assert.True(bitmap.GetPixel(63, 2).Red > 239);
        Assert.True(bitmap.GetPixel(20, 2).Red < bitmap.GetPixel(40, 2).Red);
    }

    [Fact]
    public void Png_ZeroWidth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TestImages.Png(0, 3, SKColors.Red));
    }
}
