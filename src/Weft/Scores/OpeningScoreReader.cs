using System.Globalization;
using System.Text.Json;
using Weft.Benchmarks;
using Weft.Protocols;

namespace Weft.Scores;

/// <summary>
/// Reads OpenING's released score files: a JSON array of <c>{"data_id", "model": {"id", "name"}, "score": {criterion:
/// {"Score", "Justification"}}}</c>, or of the newer layout (<c>gpt-score_results_new.json</c>) with <c>instance_id</c>,
/// a model without <c>id</c>, and scores sometimes wrapped in one more <c>"scores"</c> object; both may be mixed. A missing
/// or unusable score is kept as a row without a score (counted, never 0); a file whose shape is wrong, or that scores one
/// instance of one system twice, throws <see cref="DataFormatException"/> naming file, line, index and field.
/// </summary>
public static class OpeningScoreReader
{
    /// <summary>One row per item and criterion, in file order (criteria in <see cref="OpeningCriteria.All"/> order).</summary>
    public static async Task<IReadOnlyList<OpeningScore>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataFormatException(new DataError(path, 0, "--scores", "file not found"));
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var lines = new Lazy<JsonLineMap>(() => JsonLineMap.Build(bytes));
        var errors = new List<DataError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DataFormatException(new DataError(path, (int)(e.LineNumber ?? 0) + 1, "(file)", "not valid JSON: " + e.Message));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DataFormatException(new DataError(path, 1, "(file)", "expected a JSON array of scored items"));
            }

            var rows = new List<OpeningScore>();
            // Systems match ignoring case, as in the summary.
            var first = new Dictionary<(string Instance, string System), int>();
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var at = index.ToString(CultureInfo.InvariantCulture);
                if (Read(item, at, rows, Error) is { } key && !first.TryAdd((key.Instance, key.System.ToUpperInvariant()), index))
                {
                    // One rule for every file Weft reads: an item given twice is an error naming both places, never a
                    // silent choice (the criterion means would count it twice, the item means drop it).
                    var earlier = first[(key.Instance, key.System.ToUpperInvariant())];
                    Error(
                        $"{at}/{key.Field}",
                        $"duplicate item: instance \"{key.Instance}\" of system \"{key.System}\" is already scored at index {earlier} (line {lines.Value.LineOf(earlier.ToString(CultureInfo.InvariantCulture))}); keep one item per instance and system");
                }

                index++;
            }

            return errors.Count > 0 ? throw new DataFormatException(errors) : rows;
        }

        void Error(string pointer, string problem) => errors.Add(new DataError(path, lines.Value.LineOf(pointer), pointer, problem));
    }

    private static (string Instance, string System, string Field)? Read(JsonElement item, string at, List<OpeningScore> rows, Action<string, string> error)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            error(at, "expected an object");
            return null;
        }

        var (id, idField) = InstanceId(item, at, error);
        var system = item.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(system))
        {
            error(at + "/model/name", "missing or not a string");
        }

        if (!item.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Object)
        {
            error(at + "/score", "missing or not an object");
            return null;
        }

        if (id is null || string.IsNullOrEmpty(system))
        {
            return null;
        }

        // The newer files sometimes hold the judge's reply as {"scores": {criterion: ...}} instead of the criteria themselves.
        if (!score.EnumerateObject().Any(p => OpeningCriteria.Match(p.Name) is not null) && TryGet(score, "scores", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            score = inner;
        }

        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in score.EnumerateObject())
        {
            if (OpeningCriteria.Match(property.Name) is { } criterion)
            {
                found[criterion] = property.Value;
            }
        }

        foreach (var criterion in OpeningCriteria.All)
        {
            rows.Add(found.TryGetValue(criterion, out var value) ? Criterion(id, system, criterion, value) : new OpeningScore(id, system, criterion, null, null, "missing"));
        }

        return (id, system, idField);
    }

    /// <summary>The item's <c>data_id</c> (older layout) or <c>instance_id</c> (newer), and the field it came from.</summary>
    private static (string? Id, string Field) InstanceId(JsonElement item, string at, Action<string, string> error)
    {
        var dataId = Text(item, "data_id");
        var instanceId = Text(item, "instance_id");
        if (dataId is not null && instanceId is not null && dataId != instanceId)
        {
            error(at + "/instance_id", $"\"{instanceId}\" disagrees with data_id \"{dataId}\"");
            return (null, "instance_id");
        }

        if (dataId is null && instanceId is null)
        {
            var field = item.TryGetProperty("instance_id", out _) ? "instance_id" : "data_id";
            error($"{at}/{field}", "missing: give data_id (or instance_id, as in OpenING's newer files) as a string");
        }

        return dataId is not null ? (dataId, "data_id") : (instanceId, "instance_id");
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number && value.ToString().Trim() is { Length: > 0 } text ? text : null;

    private static OpeningScore Criterion(string id, string system, string criterion, JsonElement value)
    {
        var scoreValue = value.ValueKind == JsonValueKind.Object && TryGet(value, "score", out var s) ? s : value;
        var justification = value.ValueKind == JsonValueKind.Object && TryGet(value, "justification", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString() : null;
        int? score = scoreValue.ValueKind switch
        {
            JsonValueKind.Number when scoreValue.TryGetInt32(out var i) => i,
            JsonValueKind.Number when scoreValue.TryGetDouble(out var x) && x == Math.Floor(x) && Math.Abs(x) < 1000 => (int)x,
            JsonValueKind.String when int.TryParse(scoreValue.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
            _ => null,
        };
        return score is >= 0 and <= 10
            ? new OpeningScore(id, system, criterion, score, justification, null)
            : new OpeningScore(id, system, criterion, null, justification, $"not an integer from 0 to 10: {scoreValue.GetRawText()}");
    }

    private static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
