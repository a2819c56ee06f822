using System.Globalization;
using System.Text.Json;

namespace Weft.Testing.FakeServer;

/// <summary>Numbers and strings: values inside the schema's bounds.</summary>
internal sealed partial class SchemaFiller
{
    // Without bounds, values come from a small range so that replies stay readable.
    private const double DefaultSpan = 10;

    private long PickInteger(JsonElement schema, string path)
    {
        var (lower, lowerExclusive, upper, upperExclusive) = Bounds(schema);
        long? min = lower is { } l ? (long)(lowerExclusive ? Math.Floor(l) + 1 : Math.Ceiling(l)) : null;
        long? max = upper is { } u ? (long)(upperExclusive ? Math.Ceiling(u) - 1 : Math.Floor(u)) : null;
        var low = min ?? (max is { } m ? m - (long)DefaultSpan : 0);
        var high = max ?? low + (long)DefaultSpan;
        if (high < low)
        {
            return low;
        }

        var step = ReadNumber(schema, "multipleOf") is { } multiple && multiple >= 1 && multiple == Math.Floor(multiple) ? (long)multiple : 1;
        var first = (long)Math.Ceiling(low / (double)step) * step;
        var choices = first > high ? 0 : ((high - first) / step) + 1;
        return choices == 0 ? low : first + ((long)(Hash(path) % (ulong)choices) * step);
    }

    private double PickNumber(JsonElement schema, string path)
    {
        var (lower, lowerExclusive, upper, upperExclusive) = Bounds(schema);
        var low = lower ?? (upper is { } u ? u - DefaultSpan : 0);
        var high = upper ?? low + DefaultSpan;
        var exclusive = lowerExclusive || upperExclusive;
        // Quarter points of the range; the endpoints only when both bounds include them.
        var quarter = exclusive ? 1 + Pick(path, 3) : Pick(path, 5);
        var value = low + ((high - low) * quarter / 4);
        var rounded = Math.Round(value, 2);
        var inside = (lowerExclusive ? rounded > low : rounded >= low) && (upperExclusive ? rounded < high : rounded <= high);
        return inside ? rounded : value;
    }

    private static (double? Lower, bool LowerExclusive, double? Upper, bool UpperExclusive) Bounds(JsonElement schema)
    {
        double? lower = ReadNumber(schema, "minimum");
        double? upper = ReadNumber(schema, "maximum");
        var lowerExclusive = false;
        var upperExclusive = false;
        // Draft 6+ gives exclusive bounds as numbers; draft 4 as booleans that qualify minimum/maximum.
        if (ReadNumber(schema, "exclusiveMinimum") is { } exclusiveMinimum && (lower is null || exclusiveMinimum >= lower))
        {
            (lower, lowerExclusive) = (exclusiveMinimum, true);
        }
        else if (schema.TryGetProperty("exclusiveMinimum", out var flag) && flag.ValueKind == JsonValueKind.True)
        {
            lowerExclusive = lower is not null;
        }

        if (ReadNumber(schema, "exclusiveMaximum") is { } exclusiveMaximum && (upper is null || exclusiveMaximum <= upper))
        {
            (upper, upperExclusive) = (exclusiveMaximum, true);
        }
        else if (schema.TryGetProperty("exclusiveMaximum", out var flag) && flag.ValueKind == JsonValueKind.True)
        {
            upperExclusive = upper is not null;
        }

        return (lower, lowerExclusive, upper, upperExclusive);
    }

    private void WriteString(Utf8JsonWriter writer, JsonElement schema, string path, string name)
    {
        var number = Hash(path) % 1000;
        var text = ReadText(schema, "format") switch
        {
            "date-time" => string.Create(CultureInfo.InvariantCulture, $"2024-05-{1 + (number % 28):00}T12:00:00Z"),
            "date" => string.Create(CultureInfo.InvariantCulture, $"2024-05-{1 + (number % 28):00}"),
            "time" => "12:00:00Z",
            "email" => string.Create(CultureInfo.InvariantCulture, $"judge{number}@example.com"),
            "uri" or "url" => string.Create(CultureInfo.InvariantCulture, $"https://example.com/{number}"),
            "uuid" => new Guid(BitConverter.GetBytes(Hash(path)).Concat(BitConverter.GetBytes(Hash(path + "#"))).ToArray()).ToString(),
            _ => string.Create(CultureInfo.InvariantCulture, $"A sample {name}, number {number}."),
        };

        var minLength = (int)(ReadNumber(schema, "minLength") ?? 0);
        var maxLength = (int)Math.Min(ReadNumber(schema, "maxLength") ?? int.MaxValue, int.MaxValue);
        if (text.Length < minLength)
        {
            text = text.PadRight(minLength, '.');
        }

        if (text.Length > maxLength)
        {
            text = text[..maxLength];
        }

        writer.WriteStringValue(text);
    }
}
