using System.Globalization;
using System.Text.Json;

namespace Weft.Benchmarks;

/// <summary>Checks shared by the lines of both Weft formats.</summary>
internal static class WeftLine
{
    /// <summary>The line's id when it is a usable string seen for the first time; a duplicate is reported with both lines.</summary>
    public static string? Id(JsonElement line, int number, JsonErrorScope errors, UniqueIds ids)
    {
        if (!line.TryGetProperty("id", out var value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
        {
            return null;
        }

        var id = value.GetString()!;
        if (ids.Add(id, number.ToString(CultureInfo.InvariantCulture)) is { } first)
        {
            errors.Report("id", $"duplicate id \"{id}\"; first used on line {first}");
            return null;
        }

        return id;
    }
}
