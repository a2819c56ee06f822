using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>
/// Generates a JSON value that conforms to a JSON schema, deterministically from a seed and each value's path.
/// Covers what judges ask for: objects, arrays, enums, const, numeric bounds, string lengths and formats,
/// local <c>$ref</c>, and <c>anyOf</c>/<c>oneOf</c>/<c>allOf</c> (first non-null alternative);
/// <c>pattern</c> and <c>multipleOf</c> on non-integers are not honoured.
/// </summary>
internal sealed partial class SchemaFiller
{
    // Recursive schemas stop growing optional parts below this depth and give up entirely far below it.
    private const int ShrinkDepth = 8;
    private const int MaxDepth = 48;

    private readonly JsonElement _root;
    private readonly string _seed;

    private SchemaFiller(JsonElement root, string seed)
    {
        _root = root;
        _seed = seed;
    }

    /// <summary>A JSON text conforming to <paramref name="schema"/>; the same schema and seed always give the same text.</summary>
    public static string Fill(JsonElement schema, string seed)
    {
        var filler = new SchemaFiller(schema, seed);
        return Encoding.UTF8.GetString(JsonBytes.Write(writer => filler.Write(writer, schema, "$", "value", 0)));
    }

    private void Write(Utf8JsonWriter writer, JsonElement schema, string path, string name, int depth)
    {
        schema = Resolve(schema);
        if (depth > MaxDepth)
        {
            writer.WriteNullValue();
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            // `true` or a non-schema: anything goes, and a string is the most readable anything.
            WriteString(writer, default, path, name);
            return;
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            constant.WriteTo(writer);
            return;
        }

        if (schema.TryGetProperty("enum", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0)
        {
            choices[Pick(path, choices.GetArrayLength())].WriteTo(writer);
            return;
        }

        if (FirstAlternative(schema) is { } alternative)
        {
            Write(writer, alternative, path, name, depth + 1);
            return;
        }

        switch (TypeOf(schema))
        {
            case "object":
                WriteObject(writer, schema, path, depth);
                break;
            case "array":
                WriteArray(writer, schema, path, name, depth);
                break;
            case "integer":
                writer.WriteNumberValue(PickInteger(schema, path));
                break;
            case "number":
                writer.WriteNumberValue(PickNumber(schema, path));
                break;
            case "boolean":
                writer.WriteBooleanValue(Pick(path, 2) == 1);
                break;
            case "null":
                writer.WriteNullValue();
                break;
            default:
                WriteString(writer, schema, path, name);
                break;
        }
    }

    private void WriteObject(Utf8JsonWriter writer, JsonElement schema, string path, int depth)
    {
        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var names = schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array && required.GetArrayLength() > 0
            ? required.EnumerateArray().Select(n => n.GetString()).OfType<string>().Distinct().ToList()
            : properties.ValueKind == JsonValueKind.Object && depth < ShrinkDepth
                ? properties.EnumerateObject().Select(n => n.Name).ToList()
                : [];

        writer.WriteStartObject();
        foreach (var propertyName in names)
        {
            writer.WritePropertyName(propertyName);
            var propertySchema = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(propertyName, out var s) ? s : default;
            Write(writer, propertySchema, path + "." + propertyName, propertyName, depth + 1);
        }

        writer.WriteEndObject();
    }

    private void WriteArray(Utf8JsonWriter writer, JsonElement schema, string path, string name, int depth)
    {
        var items = schema.TryGetProperty("items", out var i) ? i : default;
        var minItems = (int)(ReadNumber(schema, "minItems") ?? 0);
        var maxItems = (int)(ReadNumber(schema, "maxItems") ?? int.MaxValue);
        int count;
        if (items.ValueKind == JsonValueKind.Array)
        {
            // Draft 4 tuple form: one schema per position.
            count = items.GetArrayLength();
        }
        else if (depth >= ShrinkDepth)
        {
            count = minItems;
        }
        else
        {
            var low = Math.Max(1, minItems);
            var high = Math.Max(low, Math.Min(3, maxItems));
            count = Math.Min(maxItems, low + Pick(path, high - low + 1));
        }

        writer.WriteStartArray();
        for (var index = 0; index < count; index++)
        {
            var itemSchema = items.ValueKind == JsonValueKind.Array ? items[index] : items;
            Write(writer, itemSchema, $"{path}[{index}]", name, depth + 1);
        }

        writer.WriteEndArray();
    }

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

    /// <summary>A number in [0, <paramref name="count"/>) from the seed and the path.</summary>
    private int Pick(string path, int count) => (int)(Hash(path) % (ulong)count);

    /// <summary>FNV-1a of the seed and the path: unlike string.GetHashCode, stable across processes.</summary>
    private ulong Hash(string path)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(_seed + "|" + path))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
