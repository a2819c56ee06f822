using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.SampleMaker.Drawing;

namespace Weft.SampleMaker.Model;

/// <summary>Turns sample cases into the bytes of every file, keyed by path relative to the samples folder.</summary>
internal sealed class SampleFiles
{
    public const string BenchFile = "bench.jsonl";
    public const string ImagesFolder = "images";
    public const string OutputsFolder = "outputs";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, byte[]> Build(IReadOnlyList<SampleCase> cases)
    {
        var built = new SampleFiles();
        built.files[BenchFile] = Lines(cases, (json, item) =>
        {
            json.WriteString("id", item.Id);
            json.WriteString("task", item.Task);
            json.WriteString("instruction", item.Instruction);
            if (item.Input.Count > 0)
            {
                built.WriteBlocks(json, "input", item.Input, $"{ImagesFolder}/{item.Id}-in-", string.Empty);
            }

            built.WriteBlocks(json, "reference", item.Reference, $"{ImagesFolder}/{item.Id}-ref-", string.Empty);
            json.WriteStartObject("metadata");
            foreach (var (key, value) in item.Metadata)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        });
        built.AddOutputs("strong", cases, item => item.Strong);
        built.AddOutputs("weak", cases, item => item.Weak);
        return built.files;
    }

    private void AddOutputs(string system, IReadOnlyList<SampleCase> cases, Func<SampleCase, IReadOnlyList<Block>?> answer)
    {
        var answered = cases.Where(item => answer(item) is not null).ToList();
        files[$"{OutputsFolder}/{system}.jsonl"] = Lines(answered, (json, item) =>
        {
            json.WriteString("id", item.Id);
            WriteBlocks(json, "output", answer(item)!, $"{system}/{item.Id}-", $"{OutputsFolder}/");
        });
    }

    private static byte[] Lines(IEnumerable<SampleCase> cases, Action<Utf8JsonWriter, SampleCase> writeFields)
    {
        using var stream = new MemoryStream();
        foreach (var item in cases)
        {
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                writeFields(json, item);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        return stream.ToArray();
    }

    /// <summary>Writes a block array; image paths are relative to the JSONL file, <paramref name="fileFolder"/> locates them in the samples folder.</summary>
    private void WriteBlocks(Utf8JsonWriter json, string name, IReadOnlyList<Block> blocks, string imagePrefix, string fileFolder)
    {
        json.WriteStartArray(name);
        var picture = 0;
        foreach (var block in blocks)
        {
            json.WriteStartObject();
            switch (block)
            {
                case TextBlock text:
                    json.WriteString("text", text.Text);
                    break;
                case PictureBlock image:
                    var path = $"{imagePrefix}{++picture}.png";
                    files[fileFolder + path] = Picture.RenderPng(image.Draw);
                    json.WriteString("image", path);
                    break;
                default:
                    throw new InvalidOperationException("Unknown block " + block.GetType().Name);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
