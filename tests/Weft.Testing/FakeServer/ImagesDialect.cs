using System.Globalization;
using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>
/// The OpenAI images protocol (<c>/v1/images/generations</c>): every success is a real PNG drawn from the prompt, so a
/// client can decode, hash and save what it gets; errors have the chat protocol's shape, so every fault applies.
/// </summary>
internal sealed class ImagesDialect : ChatDialect
{
    public static ImagesDialect Instance { get; } = new();

    public override RequestedFormat ReadFormat(JsonElement body) => RequestedFormat.Text;

    public override bool Streams(JsonElement body) => false;

    public override RenderedBody Completion(ReplyContext context, string content, int promptTokens, int completionTokens)
    {
        var body = context.Request.Body;
        var prompt = body.TryGetProperty("prompt", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : string.Empty;
        var (width, height) = Size(body);
        var png = FakeImages.Render(prompt, width, height);
        return new RenderedBody("application/json", JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("created", context.Created.ToUnixTimeSeconds());
            writer.WriteStartArray("data");
            writer.WriteStartObject();
            writer.WriteBase64String("b64_json", png);
            writer.WriteString("revised_prompt", prompt);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    public override RenderedBody NoAnswer(ReplyContext context) =>
        new("application/json", JsonBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("created", context.Created.ToUnixTimeSeconds());
            writer.WriteStartArray("data");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));

    public override RenderedBody Error(string message, string type, string code) => OpenAIDialect.Instance.Error(message, type, code);

    // "WxH" as OpenAI writes sizes; anything else (absent, "auto") is the API's default square.
    private static (int Width, int Height) Size(JsonElement body)
    {
        if (body.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.String
            && size.GetString()!.Split('x') is [var w, var h]
            && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            && width is > 0 and <= 4096 && height is > 0 and <= 4096)
        {
            return (width, height);
        }

        return (1024, 1024);
    }
}
