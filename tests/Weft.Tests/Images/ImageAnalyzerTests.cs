using SkiaSharp;
using Weft.Images;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Images;

public sealed class ImageAnalyzerTests
{
    private static string SeedLlamaImage(int k) =>
        Path.Combine(TestPaths.OpeningData, "gen_outputs", "SEED-LLaMA_output", $"0302005-o-{k}.jpg");

    [Theory]
    [InlineData(255, 255, 255, 255.0)]
    [InlineData(0, 0, 0, 0.0)]
    [InlineData(128, 128, 128, 128.0)]
    public void Analyze_SolidImage_HasItsLumaAndNoSpread(byte r, byte g, byte b, double luma)
    {
        var facts = ImageAnalyzer.Analyze(TestImages.Loaded(TestImages.Solid(300, 200, new SKColor(r, g, b))));

        Assert.Equal(luma, facts.MeanLuma, precision: 6);
        Assert.Equal(0, facts.LumaStdDev, precision: 6);
    }

    [Fact]
    public void Analyze_Png_ReportsSizeTypeAndHash()
    {
        var bytes = TestImages.Scene(300, 200, seed: 1);
        var loaded = TestImages.Loaded(bytes);

        var facts = ImageAnalyzer.Analyze(loaded);

        Assert.Equal((300, 200), (facts.Width, facts.Height));
        Assert.Equal(ImageFormats.Png, facts.MediaType);
        Assert.Equal(loaded.Sha256, facts.Sha256);
        Assert.True(facts.LumaStdDev > 10, $"a scene has contrast, got {facts.LumaStdDev}");
    }

    [Fact]
    public void Analyze_FullyTransparentImage_CountsAsWhite()
    {
        var facts = ImageAnalyzer.Analyze(TestImages.Loaded(TestImages.Solid(40, 40, SKColors.Transparent)));

        Assert.Equal(255, facts.MeanLuma, precision: 6);
    }

    [Fact]
    public void Analyze_OnePixelCheckerboard_AveragesInsteadOfAliasing()
    {
        using var bitmap = TestImages.FromPixels(512, 512, (x, y) => (x + y) % 2 == 0 ? SKColors.Black : SKColors.White);

        var facts = ImageAnalyzer.Analyze(TestImages.Loaded(TestImages.Encode(bitmap, SKEncodedImageFormat.Png, 100)));

        Assert.Equal(127.5, facts.MeanLuma, precision: 6);
        Assert.True(facts.LumaStdDev < 0.001, $"got {facts.LumaStdDev}");
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void Analyze_TruncatedFile_ThrowsUndecodable(SKEncodedImageFormat format)
    {
        var bytes = TestImages.Scene(800, 600, seed: 3, format);
        var truncated = TestImages.Loaded(bytes[..(bytes.Length / 2)], source: "cut.img");

        var error = Assert.Throws<ImageLoadException>(() => ImageAnalyzer.Analyze(truncated));

        Assert.Equal(ImageLoadProblem.Undecodable, error.Problem);
        Assert.StartsWith("cut.img: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SignatureFollowedByGarbage_ThrowsUndecodable()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[200]];

        var error = Assert.Throws<ImageLoadException>(() => ImageAnalyzer.Analyze(TestImages.Loaded(bytes)));

        Assert.Equal(ImageLoadProblem.Undecodable, error.Problem);
    }

    [Fact]
    public void Analyze_PngClaimingHugeSize_ThrowsTooLargeWithoutAllocating()
    {
        var bomb = TestImages.Loaded(TestImages.PngHeaderOnly(50_000, 50_000));

        var error = Assert.Throws<ImageLoadException>(() => ImageAnalyzer.Analyze(bomb));

        Assert.Equal(ImageLoadProblem.TooLarge, error.Problem);
        Assert.Contains("50000 x 50000 pixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PngHeaderWithoutPixelData_ThrowsUndecodable()
    {
        var error = Assert.Throws<ImageLoadException>(() => ImageAnalyzer.Analyze(TestImages.Loaded(TestImages.PngHeaderOnly(100, 100))));

        Assert.Equal(ImageLoadProblem.Undecodable, error.Problem);
    }

    [Fact]
    public void Analyze_ResizedAndReencodedCopies_AreWithinSixBits()
    {
        for (var seed = 10; seed < 16; seed++)
        {
            var original = TestImages.Scene(480, 360, seed);
            var hash = ImageAnalyzer.Analyze(TestImages.Loaded(original)).PerceptualHash;
            byte[][] copies =
            [
                TestImages.Resized(original, 240, 180, SKEncodedImageFormat.Jpeg, 70),
                TestImages.Resized(original, 960, 720, SKEncodedImageFormat.Jpeg, 90),
                TestImages.Resized(original, 160, 120, SKEncodedImageFormat.Webp, 60),
                TestImages.Resized(original, 480, 360, SKEncodedImageFormat.Jpeg, 40),
            ];

            foreach (var copy in copies)
            {
                var distance = ImageAnalyzer.HammingDistance(hash, ImageAnalyzer.Analyze(TestImages.Loaded(copy)).PerceptualHash);
                Assert.True(distance <= 6, $"seed {seed}: copy is {distance} bits away");
            }
        }
    }

    [Fact]
    public void Analyze_DifferentScenes_AreMoreThanSixteenBitsApart()
    {
        var hashes = Enumerable.Range(30, 12)
            .Select(seed => ImageAnalyzer.Analyze(TestImages.Loaded(TestImages.Scene(400, 300, seed))).PerceptualHash)
            .ToList();

        for (var i = 0; i < hashes.Count; i++)
        {
            for (var j = i + 1; j < hashes.Count; j++)
            {
                var distance = ImageAnalyzer.HammingDistance(hashes[i], hashes[j]);
                Assert.True(distance > 16, $"scenes {i} and {j} are only {distance} bits apart");
            }
        }
    }

    [SharedDataFact]
    public void Analyze_RealJpegs_CopiesAreNearAndDifferentImagesFar()
    {
        var originals = Enumerable.Range(0, 7).Select(k => File.ReadAllBytes(SeedLlamaImage(k))).ToList();
        var hashes = originals.Select(b => ImageAnalyzer.Analyze(TestImages.Loaded(b)).PerceptualHash).ToList();

        for (var i = 0; i < originals.Count; i++)
        {
            var copy = TestImages.Resized(originals[i], 384, 384, SKEncodedImageFormat.Jpeg, 60);
            var distance = ImageAnalyzer.HammingDistance(hashes[i], ImageAnalyzer.Analyze(TestImages.Loaded(copy)).PerceptualHash);
            Assert.True(distance <= 6, $"image {i}: copy is {distance} bits away");
            for (var j = i + 1; j < originals.Count; j++)
            {
                var apart = ImageAnalyzer.HammingDistance(hashes[i], hashes[j]);
                Assert.True(apart > 16, $"images {i} and {j} are only {apart} bits apart");
            }
        }
    }

    [SharedDataFact]
    public void Analyze_RealPngBehindJpgName_DecodesAsPng()
    {
        var path = Path.Combine(TestPaths.OpeningData, "gen_outputs", "GPT-4o+DALL-E3_output", "0301096-o-0.jpg");

        var facts = ImageAnalyzer.Analyze(TestImages.Loaded(File.ReadAllBytes(path)));

        Assert.Equal(ImageFormats.Png, facts.MediaType);
        Assert.Equal((1024, 1024), (facts.Width, facts.Height));
    }

    [Fact]
    public void Analyze_JpegWithExifRotation_ReportsTheUprightSize()
    {
        var jpeg = TestImages.Scene(120, 60, seed: 5, SKEncodedImageFormat.Jpeg);

        var facts = ImageAnalyzer.Analyze(TestImages.Loaded(TestImages.WithExifOrientation(jpeg, orientation: 6)));

        Assert.Equal((60, 120), (facts.Width, facts.Height));
    }

    [Fact]
    public void Analyze_SameSceneRotatedByExifAndByPixels_HasTheSameHash()
    {
        using var scene = TestImages.SceneBitmap(160, 120, seed: 6);
        using var rotated = new SKBitmap(120, 160);
        using (var canvas = new SKCanvas(rotated))
        {
            canvas.Translate(120, 0);
            canvas.RotateDegrees(90);
            canvas.DrawBitmap(scene, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }

        var byExif = TestImages.WithExifOrientation(TestImages.Encode(scene, SKEncodedImageFormat.Jpeg, 95), orientation: 6);
        var byPixels = TestImages.Encode(rotated, SKEncodedImageFormat.Jpeg, 95);

        var distance = ImageAnalyzer.HammingDistance(
            ImageAnalyzer.Analyze(TestImages.Loaded(byExif)).PerceptualHash,
            ImageAnalyzer.Analyze(TestImages.Loaded(byPixels)).PerceptualHash);
        Assert.True(distance <= 4, $"{distance} bits apart");
    }

    [Theory]
    [InlineData(0UL, 0UL, 0)]
    [InlineData(0b1011UL, 0b0001UL, 2)]
    [InlineData(ulong.MaxValue, 0UL, 64)]
    public void HammingDistance_CountsDifferingBits(ulong first, ulong second, int expected)
    {
        Assert.Equal(expected, ImageAnalyzer.HammingDistance(first, second));
    }
}
