using System.Text.Json;
using Weft.Benchmarks;

namespace Weft.Meta;

/// <summary>Reads human ratings from JSON Lines: one object per line with the contract's snake_case fields.</summary>
internal static class HumanRatingJsonLines
{
    public static List<RatingRow> Read(string path, ReadOnlyMemory<byte> utf8, DataErrorList errors, CancellationToken cancellationToken) =>
        JsonLinesFile.Read(path, utf8, errors, (element, line, scope) => ReadLine(element, line, scope), cancellationToken);

    private static RatingRow? ReadLine(JsonElement element, int line, JsonErrorScope scope)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            scope.Report("", "expected a JSON object");
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!HumanRatingFields.All.Contains(property.Name, StringComparer.Ordinal))
            {
                scope.Report(property.Name, "unknown field; expected " + string.Join(", ", HumanRatingFields.All));
            }
        }

        return new RatingRow(
            line,
            Text(element, HumanRatingFields.Instance, scope),
            Text(element, HumanRatingFields.System, scope),
            Text(element, HumanRatingFields.Aspect, scope),
            Text(element, HumanRatingFields.Rater, scope),
            Score(element, scope),
            element.TryGetProperty(HumanRatingFields.Comment, out var comment) && comment.ValueKind == JsonValueKind.String ? comment.GetString() : null);
    }

    /// <summary>A string field; missing is left to validation, a non-string is reported here.</summary>
    private static string? Text(JsonElement element, string name, JsonErrorScope scope)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            scope.Report(name, $"expected a string, found {JsonFields.Kind(value)}");
            return "";
        }

        return value.GetString();
    }

    private static double? Score(JsonElement element, JsonErrorScope scope)
    {
        if (!element.TryGetProperty(HumanRatingFields.Score, out var value))
        {
            scope.Report(HumanRatingFields.Score, "missing; give a number, or null for N/A");
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number:
                return value.GetDouble();
            default:
                scope.Report(HumanRatingFields.Score, $"expected a number or null (N/A), found {JsonFields.Kind(value)}");
                return null;
        }
    }
}
