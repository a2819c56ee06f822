using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Files;

namespace Weft.Generation;

/// <summary>Writes the outputs file (Weft outputs format) and the drawing steps file, each atomically: a reader sees the old file or the new one, never half of one.</summary>
/// <remarks>Outputs from earlier runs for instances outside this run's selection come first, in their old order.</remarks>
internal static class OutputFiles
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteOutputsAsync(string path, IEnumerable<InstanceResult> results, IReadOnlyList<string> kept, CancellationToken cancellationToken) =>
        WriteLinesAsync(path, kept, results.Where(r => r.Blocks is not null), (json, result) =>
        {
            json.WriteStartObject();
            json.WriteString("id", result.InstanceId);
            json.WriteStartArray("output");
            foreach (var block in result.Blocks!)
            {
                json.WriteStartObject();
                if (block.Text is not null)
                {
                    json.WriteString("text", block.Text);
                }
                else
                {
                    json.WriteString("image", block.ImagePath);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }, cancellationToken);

    public static Task WriteStepsAsync(string path, IEnumerable<GenerationStep> steps, IReadOnlyList<string> kept, CancellationToken cancellationToken) =>
        WriteLinesAsync(path, kept, steps, (json, step) =>
        {
            json.WriteStartObject();
            json.WriteString("instance", step.InstanceId);
            json.WriteNumber("image", step.Image);
            json.WriteNumber("attempt", step.Attempt);
            json.WriteString("prompt", step.Prompt);
            json.WriteString("path", step.ImagePath);
            json.WriteString("sha256", step.Sha256);
            if (step.Ok is { } ok)
            {
                json.WriteBoolean("ok", ok);
            }
            else
            {
                json.WriteNull("ok");
            }

            json.WriteString("problem", step.Problem);
            json.WriteString("request_key", step.RequestKey);
            json.WriteEndObject();
        }, cancellationToken);

    // Lines kept from the previous file come first, unchanged; then this run's lines.
    private static Task WriteLinesAsync<T>(string path, IReadOnlyList<string> kept, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(path, async (stream, token) =>
        {
            foreach (var line in kept)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), token);
            }

            foreach (var item in items)
            {
                await using (var json = new Utf8JsonWriter(stream, Options))
                {
                    write(json, item);
                }

                stream.WriteByte((byte)'\n');
            }

            await stream.FlushAsync(token);
        }, cancellationToken);
}
