using SkiaSharp;
using Weft.Images;

namespace Weft.Tests.Images;

public sealed class JpegQualityTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(75)]
    [InlineData(85)]
    [InlineData(95)]
    public void LumaTableSum_SkiaJpegAtAQuality_EqualsTheStandardTableScaledToIt(int quality)
    {
        var jpeg = TestImages.Scene(64, 48, seed: 3, SKEncodedImageFormat.Jpeg, quality);

        Assert.Equal(JpegQuality.TableSum(quality), JpegQuality.LumaTableSum(jpeg));
    }

    [Fact]
    public void LumaTableSum_NotAJpegOrCutBeforeItsTables_IsNull()
    {
        var jpeg = TestImages.Scene(64, 48, seed: 3, SKEncodedImageFormat.Jpeg, 80);

        Assert.Null(JpegQuality.LumaTableSum(TestImages.Scene(16, 16, seed: 1)));
        Assert.Null(JpegQuality.LumaTableSum(jpeg.AsSpan(0, 10)));
    }

    [Fact]
    public void TableSum_HigherQuality_IsFiner()
    {
        Assert.True(JpegQuality.TableSum(95) < JpegQuality.TableSum(85));
        Assert.True(JpegQuality.TableSum(85) < JpegQuality.TableSum(50));
    }
}
