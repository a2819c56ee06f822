using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Protocols;

/// <summary>Computes the identity of a judge request: equal keys mean the same question, answered once.</summary>
internal static class RequestKey
{
    private const int Version = 1;

    /// <summary>The canonical JSON rendering of a request (images as the SHA-256 of their source bytes) and its SHA-256 (hex).</summary>
    public static (string Key, string Canonical) Compute(JudgeSettings settings, IReadOnlyList<ChatMessage> messages, ChatOptions options, IImageIndex images)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("model", settings.Model);
            json.WriteString("temperature", (options.Temperature ?? 0f).ToString("R", CultureInfo.InvariantCulture));
            json.WriteNumber("max_output_tokens", options.MaxOutputTokens ?? 0);
            json.WriteString("image_detail", settings.ImageDetail);
            json.WriteNumber("max_image_side", settings.MaxImageSide);
            if (options.ResponseFormat is ChatResponseFormatJson { Schema: { } schema })
            {
                json.WritePropertyName("schema");
                schema.WriteTo(json);
            }

            json.WriteStartArray("messages");
            foreach (var message in messages)
            {
                json.WriteStartObject();
                json.WriteString("role", message.Role.Value);
                json.WriteStartArray("parts");
                foreach (var part in message.Contents)
                {
                    json.WriteStartObject();
                    if (part is TextContent text)
                    {
                        json.WriteString("text", text.Text);
                    }
                    else if (ContentImages.IsImage(part))
                    {
                        json.WriteString("image", images.Sha256(part) ?? throw new InvalidOperationException("An unusable image reached a request: " + ContentImages.Describe(part)));
                    }
                    else
                    {
                        throw new InvalidOperationException("Unsupported content in a judge request: " + part.GetType().Name);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return (Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan)), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
