using System.Diagnostics;
using System.Globalization;
using SkiaSharp;
using Weft.Bench.Support;
using Weft.Images;

namespace Weft.Bench.Scenarios;

/// <summary>
/// Image preparation on its own, one thread: images per second per core and bytes before and after, for Weft's
/// ImagePreparer and for the SkiaSharp settings it could use instead (sampling, reduced-scale decoding, output format).
/// </summary>
internal sealed class ImagesScenario : IScenario
{
    public string Name => "images";

    public string Description => "decode, downscale to 1024 / 512 and re-encode: images/s per core, bytes before/after, per library setting";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = new Arguments(args);
        var count = a.Int("--count", 24);
        var seed = a.Int("--seed", 1);
        a.ThrowOnUnknown();

        (string Name, Func<int, byte[]> Make)[] sources =
        [
            ("2048px PNG", i => SyntheticBenchmark.Render(2048, seed + i, SKEncodedImageFormat.Png)),
            ("2048px JPEG q95", i => SyntheticBenchmark.Render(2048, seed + i, SKEncodedImageFormat.Jpeg, 95)),
            ("512px JPEG q90", i => SyntheticBenchmark.Render(512, seed + i, SKEncodedImageFormat.Jpeg, 90)),
            ("512px JPEG q80", i => SyntheticBenchmark.Render(512, seed + i, SKEncodedImageFormat.Jpeg, 80)),
        ];
        Console.WriteLine("source            | variant                                  | max side | images/s/core | KB before | KB after | PSNR dB");
        Console.WriteLine("----------------- | ---------------------------------------- | -------- | ------------- | --------- | -------- | -------");
        foreach (var (sourceName, make) in sources)
        {
            var images = Enumerable.Range(0, count).Select(i => new LoadedImage(make(i), Sniff(make(i)), "x" + i.ToString(CultureInfo.InvariantCulture))).ToList();
            foreach (var maxSide in new[] { 1024, 512 })
            {
                foreach (var (variant, prepare) in Variants(maxSide))
                {
                    Measure(sourceName, variant, maxSide, images, prepare);
                }
            }
        }

        return Task.FromResult(0);
    }

    private static string Sniff(byte[] bytes) => ImageFormats.SniffMediaType(bytes) ?? throw new InvalidOperationException("unknown format");

    private static IEnumerable<(string Name, Func<LoadedImage, byte[]> Prepare)> Variants(int maxSide)
    {
        var weft = new ImagePreparer(maxSide);
        yield return ("Weft ImagePreparer (shipped rule)", image => weft.Prepare(image).Bytes.ToArray());
        yield return ("Skia full decode, mipmap linear, JPEG 85", image => Skia(image, maxSide, scaledDecode: false, Mipmap, SKEncodedImageFormat.Jpeg, 85));
        yield return ("Skia scaled decode, mipmap linear, JPEG 85", image => Skia(image, maxSide, scaledDecode: true, Mipmap, SKEncodedImageFormat.Jpeg, 85));
        yield return ("Skia scaled decode, cubic Mitchell, JPEG 85", image => Skia(image, maxSide, scaledDecode: true, new SKSamplingOptions(SKCubicResampler.Mitchell), SKEncodedImageFormat.Jpeg, 85));
        yield return ("Skia scaled decode, nearest, JPEG 85", image => Skia(image, maxSide, scaledDecode: true, new SKSamplingOptions(SKFilterMode.Nearest), SKEncodedImageFormat.Jpeg, 85));
        yield return ("Skia scaled decode, mipmap linear, WebP 80", image => Skia(image, maxSide, scaledDecode: true, Mipmap, SKEncodedImageFormat.Webp, 80));
        yield return ("Skia scaled decode, mipmap linear, PNG", image => Skia(image, maxSide, scaledDecode: true, Mipmap, SKEncodedImageFormat.Png, 100));
    }

    private static readonly SKSamplingOptions Mipmap = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    private static byte[] Skia(LoadedImage image, int maxSide, bool scaledDecode, SKSamplingOptions sampling, SKEncodedImageFormat format, int quality)
    {
        using var data = SKData.CreateCopy(image.Bytes.Span);
        using var codec = SKCodec.Create(data);
        var target = Fit(codec.Info.Size, maxSide);
        var decodeSize = scaledDecode ? codec.GetScaledDimensions(Math.Min(1f, (float)target.Width / codec.Info.Width)) : codec.Info.Size;
        if (decodeSize.Width < target.Width)
        {
            decodeSize = codec.Info.Size;
        }

        var info = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        codec.GetPixels(info, decoded.GetPixels());
        using var resized = decoded.Width == target.Width ? null : decoded.Resize(new SKImageInfo(target.Width, target.Height, SKColorType.Rgba8888, SKAlphaType.Premul), sampling);
        using var encoded = (resized ?? decoded).Encode(format, quality);
        return encoded.ToArray();
    }

    private static SKSizeI Fit(SKSizeI size, int maxSide)
    {
        var longSide = Math.Max(size.Width, size.Height);
        if (longSide <= maxSide)
        {
            return size;
        }

        var scale = (double)maxSide / longSide;
        return size.Width >= size.Height
            ? new SKSizeI(maxSide, Math.Max(1, (int)Math.Round(size.Height * scale)))
            : new SKSizeI(Math.Max(1, (int)Math.Round(size.Width * scale)), maxSide);
    }

    private static void Measure(string source, string variant, int maxSide, List<LoadedImage> images, Func<LoadedImage, byte[]> prepare)
    {
        prepare(images[0]);
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        long after = 0;
        var outputs = new List<byte[]>(images.Count);
        foreach (var image in images)
        {
            var bytes = prepare(image);
            after += bytes.Length;
            outputs.Add(bytes);
        }

        self.Refresh();
        var seconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        var before = images.Sum(i => (long)i.Bytes.Length);
        var psnr = Psnr(images[0].Bytes.ToArray(), outputs[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{source,-17} | {variant,-40} | {maxSide,8} | {images.Count / seconds,13:F1} | {before / 1024.0 / images.Count,9:F1} | {after / 1024.0 / images.Count,8:F1} | {psnr,7:F1}"));
    }

    // PSNR of the prepared image against a reference made from the original by exact 2x box averaging down to the
    // same size (close to an area average): how much the downscale and the encoder lost.
    private static double Psnr(byte[] original, byte[] prepared)
    {
        using var result = SKBitmap.Decode(prepared);
        using var source = SKBitmap.Decode(original);
        using var reference = source.Resize(result.Info, new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? throw new InvalidOperationException();
        double sum = 0;
        for (var y = 0; y < result.Height; y++)
        {
            for (var x = 0; x < result.Width; x++)
            {
                var (p, q) = (result.GetPixel(x, y), reference.GetPixel(x, y));
                sum += Sq(p.Red - q.Red) + Sq(p.Green - q.Green) + Sq(p.Blue - q.Blue);
            }
        }

        var mse = sum / (3.0 * result.Width * result.Height);
        return mse == 0 ? 99 : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    private static double Sq(int v) => v * (double)v;
}
