using System.Text.Json;
using Weft.Benchmarks;

namespace Weft.Arena;

/// <summary>Reads a battles file: JSONL, one <c>{"instance", "system_a", "system_b"}</c> per line (other fields ignored), as <c>weft arena sample</c> writes.</summary>
public static class BattleListReader
{
    /// <summary>The battles with their 1-based line numbers; throws <see cref="DataFormatException"/> listing every bad line.</summary>
    /// <param name="path">The battles file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IReadOnlyList<(int Line, BattleToJudge Battle)>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new DataFormatException(new DataError(path, 0, "--battles", "file not found"));
        }

        var battles = new List<(int, BattleToJudge)>();
        var errors = new List<DataError>();
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new DataError(path, number, "(line)", "expected a JSON object"));
                    continue;
                }

                var instance = Text(document.RootElement, "instance", path, number, errors);
                var a = Text(document.RootElement, "system_a", path, number, errors);
                var b = Text(document.RootElement, "system_b", path, number, errors);
                if (instance is null || a is null || b is null)
                {
                    continue;
                }

                if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new DataError(path, number, "system_b", $"the same system as system_a ('{a}')"));
                    continue;
                }

                battles.Add((number, new BattleToJudge(instance, a, b)));
            }
            catch (JsonException e)
            {
                errors.Add(new DataError(path, number, "(line)", "not valid JSON: " + e.Message));
            }
        }

        return errors.Count > 0 ? throw new DataFormatException(errors) : battles;
    }

    private static string? Text(JsonElement root, string field, string path, int line, List<DataError> errors)
    {
        if (root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!.Trim();
        }

        errors.Add(new DataError(path, line, field, "missing or not a non-empty string"));
        return null;
    }
}
