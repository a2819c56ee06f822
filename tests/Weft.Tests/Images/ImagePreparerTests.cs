using SkiaSharp;
using Weft.Images;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Images;

public sealed class ImagePreparerTests
{
    [SharedDataFact]
    public void Prepare_DalleJpgThatIsReallyAPng_BecomesAMuchSmallerJpeg()
    {
        var path = Path.Combine(TestPaths.OpeningData, "gen_outputs", "GPT-4o+DALL-E3_output", "0302005-o-0.jpg");
        var original = File.ReadAllBytes(path);

        var prepared = new ImagePreparer(maxSide: 1024).Prepare(TestImages.Loaded(original));

        Assert.Equal(3_163_260, prepared.OriginalBytes);
        Assert.True(prepared.Reencoded);
        Assert.Equal(ImageFormats.Jpeg, prepared.MediaType);
        Assert.Equal(ImageFormats.Jpeg, ImageFormats.SniffMediaType(prepared.Bytes.Span));
        Assert.Equal((1024, 1024), (prepared.Width, prepared.Height));
        Assert.True(prepared.Bytes.Length < original.Length / 5, $"{prepared.Bytes.Length} bytes is not much smaller than {original.Length}");
    }

    [Fact]
    public void Prepare_SmallFlatPng_SendsTheOriginalBytes()
    {
        var png = TestImages.Solid(64, 64, SKColors.Orange);

        var prepared = new ImagePreparer().Prepare(TestImages.Loaded(png));

        Assert.False(prepared.Reencoded);
        Assert.Equal(png, prepared.Bytes.ToArray());
        Assert.Equal(ImageFormats.Png, prepared.MediaType);
        Assert.Equal((64, 64, png.Length), (prepared.Width, prepared.Height, prepared.OriginalBytes));
    }

    [SharedDataFact]
    public void Prepare_SmallJpegAlreadyCompact_SendsTheOriginalBytes()
    {
        var jpeg = File.ReadAllBytes(Path.Combine(TestPaths.OpeningData, "gen_outputs", "Show-o_output", "0301096-o-0.jpg"));

        var prepared = new ImagePreparer(jpegQuality: 95).Prepare(TestImages.Loaded(jpeg));

        Assert.False(prepared.Reencoded);
        Assert.Equal(jpeg.Length, prepared.Bytes.Length);
        Assert.Equal((256, 256), (prepared.Width, prepared.Height));
    }

    [Fact]
    public void Prepare_JpegWithinTheLimitSavedAtOurQualityOrCoarser_IsSentUntouched()
    {
        var jpeg = TestImages.Scene(600, 400, seed: 4, SKEncodedImageFormat.Jpeg, quality: 80);

        var prepared = new ImagePreparer(jpegQuality: 85).Prepare(TestImages.Loaded(jpeg));

        Assert.False(prepared.Reencoded);
        Assert.Equal(jpeg, prepared.Bytes.ToArray());
        Assert.Equal((600, 400), (prepared.Width, prepared.Height));
    }

    [Fact]
    public void Prepare_JpegSavedFinerThanOurQualityButCompact_IsSentUntouched()
    {
        var jpeg = TestImages.Scene(600, 400, seed: 4, SKEncodedImageFormat.Jpeg, quality: 95);
        Assert.True(jpeg.Length <= ImagePreparer.KeptJpegBytesPerPixel * 600 * 400);

        var prepared = new ImagePreparer(jpegQuality: 85).Prepare(TestImages.Loaded(jpeg));

        Assert.False(prepared.Reencoded);
        Assert.Equal(jpeg, prepared.Bytes.ToArray());
    }

    [Fact]
    public void Prepare_NearLosslessJpegOverTheByteBudget_IsEncodedAgainSmaller()
    {
        var random = new Random(7);
        using var noise = TestImages.FromPixels(400, 300, (_, _) => new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        var jpeg = TestImages.Encode(noise, SKEncodedImageFormat.Jpeg, 100);
        Assert.True(jpeg.Length > ImagePreparer.KeptJpegBytesPerPixel * 400 * 300);

        var prepared = new ImagePreparer(jpegQuality: 85).Prepare(TestImages.Loaded(jpeg));

        Assert.True(prepared.Reencoded);
        Assert.True(prepared.Bytes.Length < jpeg.Length);
    }

    [Theory]
    [InlineData(2000, 1000, 1024, 512)]
    [InlineData(600, 1800, 341, 1024)]
    [InlineData(1300, 1300, 1024, 1024)]
    public void Prepare_LongSideOverTheLimit_DownscalesKeepingAspect(int width, int height, int expectedWidth, int expectedHeight)
    {
        var jpeg = TestImages.Scene(width, height, seed: 1, SKEncodedImageFormat.Jpeg, quality: 80);

        var prepared = new ImagePreparer(maxSide: 1024).Prepare(TestImages.Loaded(jpeg));

        Assert.True(prepared.Reencoded);
        Assert.Equal((expectedWidth, expectedHeight), (prepared.Width, prepared.Height));
        using var decoded = TestImages.Decode(prepared.Bytes);
        Assert.Equal((expectedWidth, expectedHeight), (decoded.Width, decoded.Height));
        Assert.Equal(ImageFormats.Jpeg, ImageFormats.SniffMediaType(prepared.Bytes.Span));
    }

    [Fact]
    public void Prepare_DownscaledCopy_LooksLikeTheOriginal()
    {
        var png = TestImages.Scene(1600, 1200, seed: 7);

        var prepared = new ImagePreparer(maxSide: 400).Prepare(TestImages.Loaded(png));

        var before = ImageAnalyzer.Analyze(TestImages.Loaded(png));
        var after = ImageAnalyzer.Analyze(TestImages.Loaded(prepared.Bytes.ToArray()));
        var distance = ImageAnalyzer.HammingDistance(before.PerceptualHash, after.PerceptualHash);
        Assert.True(distance <= 6, $"{distance} bits apart");
        Assert.Equal(before.MeanLuma, after.MeanLuma, tolerance: 2);
    }

    [Fact]
    public void Prepare_TransparentImageOverTheLimit_StaysPngWithItsAlpha()
    {
        using var bitmap = new SKBitmap(1500, 500);
        bitmap.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Color = SKColors.DarkGreen };
            canvas.DrawCircle(250, 250, 200, paint);
        }

        var prepared = new ImagePreparer(maxSide: 600).Prepare(TestImages.Loaded(TestImages.Encode(bitmap, SKEncodedImageFormat.Png, 100)));

        Assert.Equal(ImageFormats.Png, prepared.MediaType);
        Assert.Equal((600, 200), (prepared.Width, prepared.Height));
        using var decoded = TestImages.Decode(prepared.Bytes);
        Assert.Equal(0, decoded.GetPixel(590, 10).Alpha);
        Assert.Equal(255, decoded.GetPixel(100, 100).Alpha);
    }

    [Fact]
    public void Prepare_WebP_IsAlwaysConverted()
    {
        var webp = TestImages.Solid(32, 32, SKColors.Purple, SKEncodedImageFormat.Webp);

        var prepared = new ImagePreparer().Prepare(TestImages.Loaded(webp));

        Assert.True(prepared.Reencoded);
        Assert.Equal(ImageFormats.Jpeg, prepared.MediaType);
        Assert.Equal(ImageFormats.Jpeg, ImageFormats.SniffMediaType(prepared.Bytes.Span));
    }

    [Fact]
    public void Prepare_Bmp_IsConvertedToJpeg()
    {
        var prepared = new ImagePreparer().Prepare(TestImages.Loaded(TestImages.Bmp(30, 20, SKColors.Teal)));

        Assert.True(prepared.Reencoded);
        Assert.Equal(ImageFormats.Jpeg, prepared.MediaType);
        Assert.Equal((30, 20), (prepared.Width, prepared.Height));
    }

    [Fact]
    public void Prepare_ExifRotatedJpegOverTheLimit_IsEncodedUpright()
    {
        var jpeg = TestImages.WithExifOrientation(TestImages.Scene(800, 400, seed: 8, SKEncodedImageFormat.Jpeg), orientation: 6);

        var prepared = new ImagePreparer(maxSide: 200).Prepare(TestImages.Loaded(jpeg));

        using var decoded = TestImages.Decode(prepared.Bytes);
        Assert.Equal((100, 200), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Prepare_TruncatedImage_ThrowsUndecodable()
    {
        // A compact JPEG within the limit is passed on undecoded (the image check before judging decodes it fully),
        // so the preparer's own decode is exercised with a PNG.
        var png = TestImages.Scene(600, 400, seed: 9);

        var error = Assert.Throws<ImageLoadException>(() => new ImagePreparer().Prepare(TestImages.Loaded(png[..(png.Length * 2 / 3)])));

        Assert.Equal(ImageLoadProblem.Undecodable, error.Problem);
    }

    [Fact]
    public void Prepare_CalledInParallel_GivesTheSameBytesAsOneByOne()
    {
        var preparer = new ImagePreparer(maxSide: 256);
        var images = Enumerable.Range(0, 8).Select(seed => TestImages.Loaded(TestImages.Scene(400, 300, seed))).ToList();
        var sequential = images.Select(i => preparer.Prepare(i).Bytes.ToArray()).ToList();

        var parallel = new byte[images.Count][];
        Parallel.For(0, images.Count, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i => parallel[i] = preparer.Prepare(images[i]).Bytes.ToArray());

        for (var i = 0; i < images.Count; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }

    [Theory]
    [InlineData(8, 85)]
    [InlineData(1024, 0)]
    [InlineData(1024, 101)]
    public void Constructor_OutOfRangeArguments_Throw(int maxSide, int quality)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImagePreparer(maxSide, quality));
    }
}
