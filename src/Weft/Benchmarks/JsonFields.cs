using System.Text.Json;

namespace Weft.Benchmarks;

/// <summary>Typed access to the fields of third-party JSON, reporting each missing or mistyped field.</summary>
internal static class JsonFields
{
    /// <summary>The problem reported for a required key that is absent.</summary>
    public const string Missing = "required key is missing";

    /// <summary>The JSON kind of a value with its article, for "expected X, found Y" messages.</summary>
    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Whether a value is an object; reports it otherwise.</summary>
    public static bool ExpectObject(JsonElement value, string at, JsonErrorScope errors) =>
        Expect(value, JsonValueKind.Object, "an object", at, errors);

    /// <summary>Whether a value is an array; reports it otherwise.</summary>
    public static bool ExpectArray(JsonElement value, string at, JsonErrorScope errors) =>
        Expect(value, JsonValueKind.Array, "an array", at, errors);

    /// <summary>A required string property, or null after reporting why it cannot be used.</summary>
    public static string? RequiredString(JsonElement obj, string at, string key, JsonErrorScope errors, bool nonEmpty = false)
    {
        var field = JsonPointers.Child(at, key);
        if (!obj.TryGetProperty(key, out var value))
        {
            errors.Report(field, Missing);
            return null;
        }

        return StringValue(value, field, errors, nonEmpty);
    }

    /// <summary>An optional string property (absent or null gives null), or null after reporting a wrong type.</summary>
    public static string? OptionalString(JsonElement obj, string at, string key, JsonErrorScope errors)
    {
        if (!obj.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return StringValue(value, JsonPointers.Child(at, key), errors, nonEmpty: false);
    }

    /// <summary>A required array property; false after reporting why it cannot be used.</summary>
    public static bool RequiredArray(JsonElement obj, string at, string key, JsonErrorScope errors, out JsonElement array)
    {
        var field = JsonPointers.Child(at, key);
        if (!obj.TryGetProperty(key, out array))
        {
            errors.Report(field, Missing);
            return false;
        }

        return ExpectArray(array, field, errors);
    }

    /// <summary>A string value, or null after reporting a wrong type (or emptiness when <paramref name="nonEmpty"/>).</summary>
    public static string? StringValue(JsonElement value, string field, JsonErrorScope errors, bool nonEmpty)
    {
        if (!Expect(value, JsonValueKind.String, "a string", field, errors))
        {
            return null;
        }

        var text = value.GetString()!;
        if (nonEmpty && string.IsNullOrWhiteSpace(text))
        {
            errors.Report(field, "must not be empty");
            return null;
        }

        return text;
    }

    private static bool Expect(JsonElement value, JsonValueKind kind, string name, string at, JsonErrorScope errors)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        errors.Report(at, $"expected {name}, found {Kind(value)}");
        return false;
    }
}
