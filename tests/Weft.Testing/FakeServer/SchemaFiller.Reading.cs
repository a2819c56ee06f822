using System.Globalization;
using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>Reading a schema: references, alternatives, the type, and keywords wherever the client put them.</summary>
internal sealed partial class SchemaFiller
{
    private JsonElement Resolve(JsonElement schema)
    {
        // Bounded so that a reference cycle ($ref to itself) cannot loop forever.
        for (var hops = 0; hops < MaxDepth; hops++)
        {
            if (schema.ValueKind != JsonValueKind.Object
                || !schema.TryGetProperty("$ref", out var reference)
                || reference.GetString() is not { } pointer
                || !pointer.StartsWith('#'))
            {
                return schema;
            }

            schema = Follow(pointer[1..]);
        }

        return default;
    }

    private JsonElement Follow(string pointer)
    {
        var current = _root;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(key, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(key, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return default;
            }
        }

        return current;
    }

    private JsonElement? FirstAlternative(JsonElement schema)
    {
        foreach (var keyword in (ReadOnlySpan<string>)["anyOf", "oneOf", "allOf"])
        {
            if (schema.TryGetProperty(keyword, out var alternatives) && alternatives.ValueKind == JsonValueKind.Array && alternatives.GetArrayLength() > 0)
            {
                var all = alternatives.EnumerateArray().ToList();
                return all.FirstOrDefault(a => TypeOf(Resolve(a)) != "null", all[0]);
            }
        }

        return null;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "string";
        }

        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                return type.GetString() ?? "string";
            }

            if (type.ValueKind == JsonValueKind.Array)
            {
                var names = type.EnumerateArray().Select(t => t.GetString()).OfType<string>().ToList();
                return names.FirstOrDefault(t => t != "null") ?? names.FirstOrDefault() ?? "string";
            }
        }

        return schema.TryGetProperty("properties", out _) || schema.TryGetProperty("required", out _) ? "object"
            : schema.TryGetProperty("items", out _) ? "array"
            : "string";
    }

    private static double? ReadNumber(JsonElement schema, string keyword)
    {
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        return ReadFromDescription(schema, keyword) is { } text
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    private static string? ReadText(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : ReadFromDescription(schema, keyword);

    /// <summary>
    /// Microsoft.Extensions.AI's OpenAI adapter moves keywords that OpenAI's structured outputs reject (minimum, maxItems,
    /// ...) into the description as "keyword: value" lines; a real model still reads them there, so the fake does too.
    /// </summary>
    private static string? ReadFromDescription(JsonElement schema, string keyword)
    {
        if (schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("description", out var description)
            || description.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var prefix = keyword + ":";
        return description.GetString()!.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .Select(line => line[prefix.Length..].Trim())
            .FirstOrDefault();
    }
}
