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
    public static async Task<IReadOnlyList<Battle>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var utf8 = await InputFiles.ReadAllBytesAsync(path, cancellationToken);
        var errors = new DataErrorList();
        var names = new SystemNames(ArenaAliases.None);
        var battles = JsonLinesFile.Read(path, utf8, errors, (line, _, scope) => ReadLine(line, scope, names), cancellationToken);
        errors.ThrowIfAny();
        return battles;
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

    private static Battle? ReadLine(JsonElement line, JsonErrorScope errors, SystemNames names)
    {
        if (!JsonFields.ExpectObject(line, "", errors))
        {
            return null;
        }

        var instance = JsonFields.RequiredString(line, "", "instance", errors, nonEmpty: true);
        var pair = VerdictFields.Systems(
            JsonFields.RequiredString(line, "", "system_a", errors, nonEmpty: true), JsonFields.RequiredString(line, "", "system_b", errors, nonEmpty: true), "system_b", names, errors);
        return instance is null || pair is not var (a, b) ? null : new Battle(instance.Trim(), a, b);
    }
}
