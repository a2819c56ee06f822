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
