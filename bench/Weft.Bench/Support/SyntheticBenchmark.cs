using System.Globalization;
using System.Text;
using System.Text.Json;
using SkiaSharp;

namespace Weft.Bench.Support;

/// <summary>
/// A deterministic Weft benchmark of N text-only instances and, per system, one output per instance that alternates
/// paragraphs and JPEG images. Every image file is distinct (its own bytes and hash) but costs one encode: each is a
/// copy of one of a few rendered pictures with a unique JPEG comment, so 80,000 images take seconds, not minutes.
/// Written line by line and cached in a folder keyed by every parameter.
/// </summary>
internal sealed record SyntheticBenchmark(string Folder, string BenchFile, IReadOnlyList<(string Name, string File)> Systems, int Instances, int ImagesPerOutput)
{
    private const int PoolSize = 24;
    private static readonly string[] Tasks = ["story", "how-to", "report"];

    public int Outputs => Instances * Systems.Count;

    public int Images => Outputs * ImagesPerOutput;

    public IEnumerable<string> ImageFiles() =>
        Systems.SelectMany(s => Directory.EnumerateFiles(Path.Combine(Folder, s.Name), "*.jpg"));

    public static SyntheticBenchmark Ensure(string scratch, int instances, int systems, int imagesPerOutput, int side, int seed, int quality = 90)
    {
        var folder = Path.Combine(scratch, string.Create(CultureInfo.InvariantCulture, $"data-n{instances}-s{systems}-i{imagesPerOutput}-px{side}-q{quality}-seed{seed}"));
        var names = Enumerable.Range(0, systems).Select(i => string.Create(CultureInfo.InvariantCulture, $"sys{i}")).ToList();
        var result = new SyntheticBenchmark(
            folder, Path.Combine(folder, "bench.jsonl"), [.. names.Select(n => (n, Path.Combine(folder, n + ".jsonl")))], instances, imagesPerOutput);
        if (File.Exists(Path.Combine(folder, "complete")))
        {
            return result;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var pool = Enumerable.Range(0, PoolSize).Select(i => Render(side, (seed * 1000) + i, SKEncodedImageFormat.Jpeg, quality)).ToList();
        WriteBench(result.BenchFile, instances, seed);
        for (var s = 0; s < systems; s++)
        {
            WriteOutputs(folder, names[s], instances, imagesPerOutput, pool, seed + s);
        }

        File.WriteAllText(Path.Combine(folder, "complete"), "ok\n");
        return result;
    }

    public static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"i{i:D6}");

    private static void WriteBench(string path, int instances, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < instances; i++)
        {
            var task = Tasks[i % Tasks.Length];
            var line = new Dictionary<string, object>
            {
                ["id"] = Id(i),
                ["task"] = task,
                ["instruction"] = $"Write a short illustrated {task} about object {random.Next(10_000).ToString(CultureInfo.InvariantCulture)}, with a picture after each paragraph.",
            };
            writer.WriteLine(JsonSerializer.Serialize(line));
        }
    }

    private static void WriteOutputs(string folder, string system, int instances, int imagesPerOutput, List<byte[]> pool, int seed)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.Combine(folder, system));
        using var writer = new StreamWriter(Path.Combine(folder, system + ".jsonl"), false, new UTF8Encoding(false));
        for (var i = 0; i < instances; i++)
        {
            var blocks = new List<Dictionary<string, string>>();
            for (var k = 0; k < Math.Max(1, imagesPerOutput); k++)
            {
                blocks.Add(new() { ["text"] = Paragraph(random) });
                if (k < imagesPerOutput)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"{Id(i)}-{k}.jpg");
                    File.WriteAllBytes(Path.Combine(folder, system, name), WithComment(pool[random.Next(pool.Count)], $"{system}/{name}"));
                    blocks.Add(new() { ["image"] = $"{system}/{name}" });
                }
            }

            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = Id(i), ["output"] = blocks }));
        }
    }

    private static string Paragraph(Random random)
    {
        string[] words = ["the", "fox", "lantern", "snow", "carried", "home", "bright", "under", "a", "tree", "quietly", "river", "stone", "light"];
        var text = new StringBuilder();
        var count = 40 + random.Next(40);
        for (var w = 0; w < count; w++)
        {
            text.Append(words[random.Next(words.Length)]).Append(w % 12 == 11 ? ". " : " ");
        }

        return text.ToString().TrimEnd() + ".";
    }

    // A JPEG COM segment right after SOI: decoders skip it, so pixels stay identical while the bytes (and hash) differ.
    private static byte[] WithComment(byte[] jpeg, string comment)
    {
        var text = Encoding.ASCII.GetBytes(comment);
        var length = text.Length + 2;
        var result = new byte[jpeg.Length + 4 + text.Length];
        result[0] = 0xFF;
        result[1] = 0xD8;
        result[2] = 0xFF;
        result[3] = 0xFE;
        result[4] = (byte)(length >> 8);
        result[5] = (byte)length;
        text.CopyTo(result, 6);
        jpeg.AsSpan(2).CopyTo(result.AsSpan(6 + text.Length));
        return result;
    }

    /// <summary>A busy opaque picture (gradient, shapes, fine lines) so that JPEG sizes are realistic, not trivially small.</summary>
    public static byte[] Render(int width, int seed, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg, int quality = 90)
    {
        var height = width * 3 / 4;
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        using (var paint = new SKPaint())
        {
            paint.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(width, height), [Color(random), Color(random)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var shape = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 60; i++)
        {
            shape.Color = Color(random).WithAlpha((byte)(80 + random.Next(175)));
            var (x, y, r) = (random.Next(width), random.Next(height), 4 + random.Next(width / 6));
            if (i % 3 == 0)
            {
                canvas.DrawCircle(x, y, r, shape);
            }
            else if (i % 3 == 1)
            {
                canvas.DrawRect(x, y, r * 1.5f, r, shape);
            }
            else
            {
                shape.StrokeWidth = 1 + random.Next(3);
                canvas.DrawLine(x, y, random.Next(width), random.Next(height), shape);
            }
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static SKColor Color(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
