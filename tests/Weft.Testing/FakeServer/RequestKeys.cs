using System.Security.Cryptography;
using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>Computes the key that identifies "the same question" across retries and processes.</summary>
internal static class RequestKeys
{
    /// <summary>Lowercase hex SHA-256 of <see cref="Canonical"/> of <paramref name="messages"/>.</summary>
    public static string Compute(JsonElement messages) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(messages)));

    /// <summary>
    /// UTF-8 JSON without whitespace, object properties in ordinal order, strings re-escaped by System.Text.Json's
    /// default encoder and numbers kept as sent, so that property order and formatting do not change the key.
    /// </summary>
    public static byte[] Canonical(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, element);
        }

        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
