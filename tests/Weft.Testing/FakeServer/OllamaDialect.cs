using System.Globalization;
using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>Ollama's native <c>/api/chat</c> protocol: NDJSON when streaming, one object otherwise.</summary>
internal sealed class OllamaDialect : ChatDialect
{
    // Ollama reports durations in nanoseconds; any plausible constant will do for a fake.
    private const long FakeDurationNanoseconds = 1_000_000;

    public static OllamaDialect Instance { get; } = new();

    public override RequestedFormat ReadFormat(JsonElement body)
    {
        if (!body.TryGetProperty("format", out var format))
        {
            return RequestedFormat.Text;
        }

        return format.ValueKind switch
        {
            JsonValueKind.Object => new RequestedFormat(format, JsonMode: true),
            JsonValueKind.String when format.GetString() == "json" => RequestedFormat.Json,
            _ => RequestedFormat.Text,
        };
    }

    // Ollama streams unless the request says "stream": false.
    public override bool Streams(JsonElement body) =>
        !(body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.False);

    public override RenderedBody Completion(ReplyContext context, string content, int promptTokens, int completionTokens)
    {
        if (!context.Stream)
        {
            return new RenderedBody("application/json", Line(context, content, promptTokens, completionTokens, done: true));
        }

        var lines = ContentPieces.Split(content).Select(piece => Line(context, piece, 0, 0, done: false)).ToList();
        lines.Add(Line(context, "", promptTokens, completionTokens, done: true));
        return Lines(lines);
    }

    public override RenderedBody NoAnswer(ReplyContext context)
    {
        var line = Line(context, content: null, 0, 0, done: true);
        return context.Stream ? Lines([line]) : new RenderedBody("application/json", line);
    }

    public override RenderedBody Error(string message, string type, string code) =>
        new("application/json", JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", message);
            writer.WriteEndObject();
        }));

    private static RenderedBody Lines(IEnumerable<byte[]> lines)
    {
        using var stream = new MemoryStream();
        foreach (var line in lines)
        {
            stream.Write(line);
            stream.WriteByte((byte)'\n');
        }

        return new RenderedBody("application/x-ndjson", stream.ToArray());
    }

    private static byte[] Line(ReplyContext context, string? content, int promptTokens, int completionTokens, bool done) =>
        JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("model", context.Request.Model);
            writer.WriteString("created_at", context.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            if (content is not null)
            {
                writer.WriteStartObject("message");
                writer.WriteString("role", "assistant");
                writer.WriteString("content", content);
                writer.WriteEndObject();
            }

            writer.WriteBoolean("done", done);
            if (done)
            {
                writer.WriteString("done_reason", "stop");
                writer.WriteNumber("total_duration", FakeDurationNanoseconds * 3);
                writer.WriteNumber("load_duration", FakeDurationNanoseconds);
                writer.WriteNumber("prompt_eval_count", promptTokens);
                writer.WriteNumber("prompt_eval_duration", FakeDurationNanoseconds);
                writer.WriteNumber("eval_count", completionTokens);
                writer.WriteNumber("eval_duration", FakeDurationNanoseconds);
            }

            writer.WriteEndObject();
        });
}
