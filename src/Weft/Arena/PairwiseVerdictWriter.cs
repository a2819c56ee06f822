using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Files;
using Weft.Protocols;

namespace Weft.Arena;

/// <summary>Writes pairwise verdicts as Weft JSONL (one object a line, snake_case, see docs/arena.md).</summary>
public static class PairwiseVerdictWriter
{
    /// <summary>Writes <paramref name="verdicts"/> to <paramref name="path"/> atomically (a reader never sees half a file).</summary>
    public static Task WriteAsync(string path, IEnumerable<PairwiseVerdict> verdicts, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, ct) => WriteAsync(stream, verdicts, ct), cancellationToken);

    /// <summary>Writes <paramref name="verdicts"/> to <paramref name="stream"/>, one line each, LF-terminated; <c>shown</c> and <c>comment</c> only when set.</summary>
    public static async Task WriteAsync(Stream stream, IEnumerable<PairwiseVerdict> verdicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(verdicts);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var buffer = new MemoryStream();
        foreach (var verdict in verdicts)
        {
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                writer.WriteStartObject();
                writer.WriteString("instance", verdict.InstanceId);
                writer.WriteString("system_a", verdict.SystemA);
                writer.WriteString("system_b", verdict.SystemB);
                writer.WriteString("winner", PairwiseWinners.Name(verdict.Winner));
                writer.WriteString("source", verdict.Source);
                if (verdict.Shown is { } shown)
                {
                    writer.WriteString("shown", shown == ShownOrder.AB ? "AB" : "BA");
                }

                if (verdict.Comment is not null)
                {
                    writer.WriteString("comment", verdict.Comment);
                }

                writer.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            if (buffer.Length > 1 << 16)
            {
                await FlushAsync(buffer, stream, cancellationToken);
            }
        }

        await FlushAsync(buffer, stream, cancellationToken);
    }

    private static async Task FlushAsync(MemoryStream buffer, Stream stream, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        buffer.SetLength(0);
    }
}
