using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Files;

namespace Weft.Meta;

/// <summary>Writes human ratings atomically as JSON Lines (.jsonl/.ndjson) or CSV (.csv), the format chosen by extension.</summary>
public static class HumanRatingWriter
{
    /// <summary>Writes <paramref name="ratings"/> to <paramref name="path"/>; a null score is written as null (JSON) or empty (CSV).</summary>
    public static Task WriteAsync(string path, IEnumerable<HumanRating> ratings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ratings);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var text = extension switch
        {
            ".csv" => ToCsv(ratings),
            ".jsonl" or ".ndjson" => ToJsonLines(ratings),
            _ => throw new ArgumentException("Name the ratings file .jsonl or .csv.", nameof(path)),
        };
        return AtomicFile.WriteAllTextAsync(path, text, cancellationToken);
    }

    /// <summary>The ratings as JSON Lines, one object per line, LF endings.</summary>
    public static string ToJsonLines(IEnumerable<HumanRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var builder = new StringBuilder();
        using var buffer = new MemoryStream();
        foreach (var rating in ratings)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                writer.WriteStartObject();
                writer.WriteString(HumanRatingFields.Instance, rating.InstanceId);
                writer.WriteString(HumanRatingFields.System, rating.System);
                writer.WriteString(HumanRatingFields.Aspect, rating.Aspect);
                writer.WriteString(HumanRatingFields.Rater, rating.Rater);
                if (rating.Score is { } score)
                {
                    writer.WriteNumber(HumanRatingFields.Score, score);
                }
                else
                {
                    writer.WriteNull(HumanRatingFields.Score);
                }

                if (rating.Comment is not null)
                {
                    writer.WriteString(HumanRatingFields.Comment, rating.Comment);
                }

                writer.WriteEndObject();
            }

            builder.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The ratings as RFC 4180 CSV with the contract's header, LF endings.</summary>
    public static string ToCsv(IEnumerable<HumanRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return CsvTable.Render("\n", table =>
        {
            table.Row([.. HumanRatingFields.All]);
            foreach (var rating in ratings)
            {
                table.Row(rating.InstanceId, rating.System, rating.Aspect, rating.Rater, rating.Score?.ToString("R", CultureInfo.InvariantCulture), rating.Comment);
            }
        });
    }
}
