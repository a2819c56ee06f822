using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Benchmarks;
using Weft.Files;

namespace Weft.Arena;

/// <summary>Reads and writes battles files: JSONL, one <c>{"instance", "system_a", "system_b"}</c> a line (see docs/arena.md).</summary>
public static class BattleFile
{
    /// <summary>Reads a battles file, collecting every problem as <c>file:line: field: problem</c> before throwing.</summary>
    /// <exception cref="DataFormatException">The file is missing or a line is not a battle (two different systems, ignoring case).</exception>
    public static async Task<IReadOnlyList<Battle>> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        [.. (await ReadLinesAsync(path, cancellationToken)).Select(b => b.Battle)];

    /// <summary>The battles of a battles file with their 1-based line numbers; throws <see cref="DataFormatException"/> listing every bad line.</summary>
    /// <param name="path">The battles file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IReadOnlyList<(int Line, Battle Battle)>> ReadLinesAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new DataFormatException(new DataError(path, 0, "--battles", "file not found"));
        }

        var battles = new List<(int, Battle)>();
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

                battles.Add((number, new Battle(instance, a, b)));
            }
            catch (JsonException e)
            {
                errors.Add(new DataError(path, number, "(line)", "not valid JSON: " + e.Message));
            }
        }

        return errors.Count > 0 ? throw new DataFormatException(errors) : battles;
    }

    /// <summary>Writes <paramref name="battles"/> to <paramref name="path"/> atomically, LF-terminated lines.</summary>
    public static Task WriteAsync(string path, IEnumerable<Battle> battles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(battles);
        return AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                foreach (var battle in battles)
                {
                    using (var writer = new Utf8JsonWriter(stream, options))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("instance", battle.InstanceId);
                        writer.WriteString("system_a", battle.SystemA);
                        writer.WriteString("system_b", battle.SystemB);
                        writer.WriteEndObject();
                    }

                    await stream.WriteAsync("\n"u8.ToArray(), ct);
                }
            },
            cancellationToken);
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
