using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Files;
using Weft.Protocols;

namespace Weft.Scores;

/// <summary>
/// Writes absolute scores in OpenING's released score-file format, the one <see cref="OpeningScoreReader"/> reads: a JSON
/// array of <c>{"data_id", "model": {"id", "name"}, "score": {criterion: {"Score", "Justification"}}}</c>, where
/// <c>model.id</c> is the system's name too (OpenING numbers its own models 1, 2, …, so numbers of ours would collide).
/// </summary>
/// <remarks>
/// A criterion without a valid score is left out of its item's <c>score</c> object (so a reader counts it as missing,
/// never as 0); an item with no valid score at all keeps an empty <c>score</c> object. Items keep the order of their
/// first rows; criteria in <see cref="OpeningCriteria.All"/> order.
/// </remarks>
public static class OpeningScoreWriter
{
    /// <summary>Writes the file atomically (a reader never sees half of it), streaming: a large run's file is never held in memory whole.</summary>
    /// <param name="path">Target file.</param>
    /// <param name="scores">Rows as <see cref="OpeningScoreReader"/> returns them; rows without a score are left out.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task WriteAsync(string path, IReadOnlyList<OpeningScore> scores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(stream, scores, token), cancellationToken);
    }

    // Indented UTF-8 JSON ending with a newline.
    private static async Task WriteAsync(Stream stream, IReadOnlyList<OpeningScore> scores, CancellationToken cancellationToken)
    {
        var items = scores.GroupBy(s => (s.InstanceId, System: s.System.ToUpperInvariant()));
        await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                var first = item.First();
                json.WriteStartObject();
                json.WriteString("data_id", first.InstanceId);
                json.WriteStartObject("model");
                json.WriteString("id", first.System);
                json.WriteString("name", first.System);
                json.WriteEndObject();
                json.WriteStartObject("score");
                foreach (var criterion in OpeningCriteria.All)
                {
                    if (item.FirstOrDefault(s => s.Criterion == criterion && s.Score is not null) is { } row)
                    {
                        json.WriteStartObject(criterion);
                        json.WriteNumber("Score", row.Score!.Value);
                        json.WriteString("Justification", row.Justification ?? string.Empty);
                        json.WriteEndObject();
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();

                // Flushed an item at a time, so the writer's buffer stays small however many items there are.
                if (json.BytesPending > 64 * 1024)
                {
                    await json.FlushAsync(cancellationToken);
                }
            }

            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
    }
}
