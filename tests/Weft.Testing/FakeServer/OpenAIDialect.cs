using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>The OpenAI chat completions protocol, also spoken by Azure OpenAI.</summary>
internal sealed class OpenAIDialect : ChatDialect
{
    public static OpenAIDialect Instance { get; } = new();

    public override RequestedFormat ReadFormat(JsonElement body)
    {
        if (!body.TryGetProperty("response_format", out var format) || format.ValueKind != JsonValueKind.Object)
        {
            return RequestedFormat.Text;
        }

        if (format.TryGetProperty("json_schema", out var jsonSchema)
            && jsonSchema.ValueKind == JsonValueKind.Object
            && jsonSchema.TryGetProperty("schema", out var schema))
        {
            return new RequestedFormat(schema, JsonMode: true);
        }

        return format.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "json_object"
            ? RequestedFormat.Json
            : RequestedFormat.Text;
    }

    public override bool Streams(JsonElement body) =>
        body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    public override RenderedBody Completion(ReplyContext context, string content, int promptTokens, int completionTokens)
    {
        if (!context.Stream)
        {
            return new RenderedBody("application/json", JsonBytes.Write(writer =>
            {
                WriteHead(writer, context, "chat.completion");
                writer.WriteStartArray("choices");
                writer.WriteStartObject();
                writer.WriteNumber("index", 0);
                writer.WriteStartObject("message");
                writer.WriteString("role", "assistant");
                writer.WriteString("content", content);
                writer.WriteNull("refusal");
                writer.WriteEndObject();
                writer.WriteNull("logprobs");
                writer.WriteString("finish_reason", "stop");
                writer.WriteEndObject();
                writer.WriteEndArray();
                WriteUsage(writer, promptTokens, completionTokens);
                writer.WriteEndObject();
            }));
        }

        var events = new List<byte[]> { Chunk(context, role: "assistant", content: "", finishReason: null) };
        events.AddRange(ContentPieces.Split(content).Select(piece => Chunk(context, role: null, piece, finishReason: null)));
        events.Add(Chunk(context, role: null, content: null, finishReason: "stop"));
        if (WantsStreamUsage(context.Request.Body))
        {
            events.Add(UsageChunk(context, promptTokens, completionTokens));
        }

        return ServerSentEvents(events);
    }

    public override RenderedBody NoAnswer(ReplyContext context)
    {
        if (context.Stream)
        {
            return ServerSentEvents(WantsStreamUsage(context.Request.Body) ? [UsageChunk(context, 0, 0)] : []);
        }

        return new RenderedBody("application/json", JsonBytes.Write(writer =>
        {
            WriteHead(writer, context, "chat.completion");
            writer.WriteStartArray("choices");
            writer.WriteEndArray();
            WriteUsage(writer, 0, 0);
            writer.WriteEndObject();
        }));
    }

    public override RenderedBody Error(string message, string type, string code) =>
        new("application/json", JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", type);
            writer.WriteString("code", code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));

    private static bool WantsStreamUsage(JsonElement body) =>
        body.TryGetProperty("stream_options", out var options)
        && options.ValueKind == JsonValueKind.Object
        && options.TryGetProperty("include_usage", out var include)
        && include.ValueKind == JsonValueKind.True;

    private static byte[] Chunk(ReplyContext context, string? role, string? content, string? finishReason) =>
        JsonBytes.Write(writer =>
        {
            WriteHead(writer, context, "chat.completion.chunk");
            writer.WriteStartArray("choices");
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WriteStartObject("delta");
            if (role is not null)
            {
                writer.WriteString("role", role);
            }

            if (content is not null)
            {
                writer.WriteString("content", content);
            }

            writer.WriteEndObject();
            writer.WriteNull("logprobs");
            if (finishReason is null)
            {
                writer.WriteNull("finish_reason");
            }
            else
            {
                writer.WriteString("finish_reason", finishReason);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static byte[] UsageChunk(ReplyContext context, int promptTokens, int completionTokens) =>
        JsonBytes.Write(writer =>
        {
            WriteHead(writer, context, "chat.completion.chunk");
            writer.WriteStartArray("choices");
            writer.WriteEndArray();
            WriteUsage(writer, promptTokens, completionTokens);
            writer.WriteEndObject();
        });

    private static RenderedBody ServerSentEvents(IEnumerable<byte[]> events)
    {
        using var stream = new MemoryStream();
        foreach (var data in events)
        {
            stream.Write("data: "u8);
            stream.Write(data);
            stream.Write("\n\n"u8);
        }

        stream.Write("data: [DONE]\n\n"u8);
        return new RenderedBody("text/event-stream", stream.ToArray());
    }

    private static void WriteHead(Utf8JsonWriter writer, ReplyContext context, string objectType)
    {
        writer.WriteStartObject();
        writer.WriteString("id", context.CompletionId);
        writer.WriteString("object", objectType);
        writer.WriteNumber("created", context.Created.ToUnixTimeSeconds());
        writer.WriteString("model", context.Request.Model);
        writer.WriteString("system_fingerprint", "fp_weft_fake");
    }

    private static void WriteUsage(Utf8JsonWriter writer, int promptTokens, int completionTokens)
    {
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", promptTokens);
        writer.WriteNumber("completion_tokens", completionTokens);
        writer.WriteNumber("total_tokens", promptTokens + completionTokens);
        writer.WriteEndObject();
    }
}
