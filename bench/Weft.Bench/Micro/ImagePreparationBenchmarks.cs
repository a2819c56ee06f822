using BenchmarkDotNet.Attributes;
using SkiaSharp;
using Weft.Bench.Support;
using Weft.Images;

namespace Weft.Bench.Micro;

/// <summary>ImagePreparer.Prepare (max side 1024) on the kinds of image systems produce.</summary>
[MemoryDiagnoser]
public class ImagePreparationBenchmarks
{
    private readonly ImagePreparer preparer = new(1024);
    private LoadedImage jpeg512q90 = null!;
    private LoadedImage jpeg512q80 = null!;
    private LoadedImage png1024 = null!;
    private LoadedImage png2048 = null!;

    [GlobalSetup]
    public void Setup()
    {
        jpeg512q90 = Load(SyntheticBenchmark.Render(512, 1, SKEncodedImageFormat.Jpeg, 90));
        jpeg512q80 = Load(SyntheticBenchmark.Render(512, 1, SKEncodedImageFormat.Jpeg, 80));
        png1024 = Load(SyntheticBenchmark.Render(1024, 1, SKEncodedImageFormat.Png));
        png2048 = Load(SyntheticBenchmark.Render(2048, 1, SKEncodedImageFormat.Png));
    }

    [Benchmark]
    public int Jpeg512Quality90() => preparer.Prepare(jpeg512q90).Bytes.Length;

    [Benchmark]
    public int Jpeg512Quality80() => preparer.Prepare(jpeg512q80).Bytes.Length;

    [Benchmark]
    public int Png1024() => preparer.Prepare(png1024).Bytes.Length;

    [Benchmark]
    public int Png2048() => preparer.Prepare(png2048).Bytes.Length;

    private static LoadedImage Load(byte[] bytes) => new(bytes, ImageFormats.SniffMediaType(bytes)!, "bench");
}
