using System.Text.Json;
using Weft.Benchmarks;
using Weft.Protocols;

namespace Weft.Scores;

/// <summary>
/// Reads OpenING's released score files: a JSON array of <c>{"data_id", "model": {"id", "name"}, "score": {criterion:
/// {"Score", "Justification"}}}</c>. A missing or unusable score is kept as a row without a score (counted, never 0);
/// a file whose shape is wrong throws <see cref="DataFormatException"/> naming file, line and field.
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
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                Read(item, (index++).ToString(System.Globalization.CultureInfo.InvariantCulture), rows, Error);
            }

            return errors.Count > 0 ? throw new DataFormatException(errors) : rows;
        }

        void Error(string pointer, string problem) => errors.Add(new DataError(path, lines.Value.LineOf(pointer), pointer, problem));
    }

    private static void Read(JsonElement item, string at, List<OpeningScore> rows, Action<string, string> error)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            error(at, "expected an object");
            return;
        }

        var id = item.TryGetProperty("data_id", out var d) && d.ValueKind is JsonValueKind.String or JsonValueKind.Number ? d.ToString().Trim() : null;
        var system = item.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(id))
        {
            error(at + "/data_id", "missing or not a string");
        }

        if (string.IsNullOrEmpty(system))
        {
            error(at + "/model/name", "missing or not a string");
        }

        if (!item.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Object)
        {
            error(at + "/score", "missing or not an object");
            return;
        }

        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(system))
        {
            return;
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
    }

    private static OpeningScore Criterion(string id, string system, string criterion, JsonElement value)
    {
        var scoreValue = value.ValueKind == JsonValueKind.Object && TryGet(value, "score", out var s) ? s : value;
        var justification = value.ValueKind == JsonValueKind.Object && TryGet(value, "justification", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString() : null;
        int? score = scoreValue.ValueKind switch
        {
            JsonValueKind.Number when scoreValue.TryGetInt32(out var i) => i,
            JsonValueKind.Number when scoreValue.TryGetDouble(out var x) && x == Math.Floor(x) && Math.Abs(x) < 1000 => (int)x,
            JsonValueKind.String when int.TryParse(scoreValue.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) => i,
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
