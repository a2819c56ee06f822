using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Files;

namespace Weft.Arena;

/// <summary>Writes a battles file: JSONL, one <c>{"instance", "system_a", "system_b"}</c> a line (see docs/arena.md).</summary>
public static class BattleFile
{
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
}
