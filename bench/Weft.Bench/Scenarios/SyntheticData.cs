using System.Globalization;
using System.Text.Json;
using SkiaSharp;

namespace Weft.Bench.Scenarios;

/// <summary>
/// Writes a deterministic synthetic benchmark in Weft JSONL: instances with one input image, and per system outputs of
/// text and images interleaved. Images are 512 × 384 PNGs (gradient, shapes and a label) drawn from a seeded generator.
/// </summary>
internal static class SyntheticData
{
    private static readonly string[] Tasks = ["how-to", "story", "chart-report", "image-editing", "explanation"];

    public static (string Bench, IReadOnlyList<(string Name, string Path)> Systems) Write(string folder, int instances, int systems, int imagesPerOutput)
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        var bench = new List<string>();
        for (var i = 0; i < instances; i++)
        {
            var id = Id(i);
            var image = $"images/{id}-in.png";
            File.WriteAllBytes(Path.Combine(folder, image), Draw(i * 101, id + " input"));
            bench.Add(JsonSerializer.Serialize(new
            {
                id,
                task = Tasks[i % Tasks.Length],
                instruction = $"Instance {id}: explain the scene in {imagesPerOutput} steps, with one picture per step.",
                input = new object[] { new { text = "Here is the scene to start from; keep its colours." }, new { image } },
            }));
        }

        File.WriteAllLines(Path.Combine(folder, "bench.jsonl"), bench);
        var outputs = new List<(string, string)>();
        for (var s = 0; s < systems; s++)
        {
            var name = "system-" + (char)('a' + s);
            var lines = new List<string>();
            for (var i = 0; i < instances; i++)
            {
                var blocks = new List<object>();
                for (var k = 0; k < imagesPerOutput; k++)
                {
                    var image = $"images/{name}-{Id(i)}-{k}.png";
                    File.WriteAllBytes(Path.Combine(folder, image), Draw((i * 101) + (s * 7919) + k + 1, $"{name} {Id(i)} step {k + 1}"));
                    blocks.Add(new { text = $"Step {k + 1}: {name} describes what happens next in instance {Id(i)}, in a sentence or two of plain text." });
                    blocks.Add(new { image });
                }

                lines.Add(JsonSerializer.Serialize(new { id = Id(i), output = blocks }));
            }

            var path = Path.Combine(folder, name + ".jsonl");
            File.WriteAllLines(path, lines);
            outputs.Add((name, path));
        }

        return (Path.Combine(folder, "bench.jsonl"), outputs);
    }

    public static string Id(int i) => i.ToString("0000", CultureInfo.InvariantCulture);

    private static byte[] Draw(int seed, string label)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(new SKImageInfo(512, 384, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            var from = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            var to = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(512, 384), [from, to], SKShaderTileMode.Clamp);
            using var background = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, 512, 384, background);
            using var paint = new SKPaint { IsAntialias = true };
            for (var n = 0; n < 6; n++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 200);
                canvas.DrawCircle(random.Next(512), random.Next(384), random.Next(20, 90), paint);
            }

            using var font = new SKFont(SKTypeface.Default, 28);
            paint.Color = SKColors.Black;
            canvas.DrawText(label, 16, 360, SKTextAlign.Left, font, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
