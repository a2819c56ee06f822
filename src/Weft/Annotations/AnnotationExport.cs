using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Arena;
using Weft.Files;
using Weft.Meta;
using Weft.Protocols;

namespace Weft.Annotations;

/// <summary>
/// Writes collected annotations in the shared exchange formats: human ratings as JSONL or CSV
/// (<c>instance,system,aspect,rater,score,comment</c>) and pairwise verdicts as JSONL, one record a line.
/// </summary>
internal static class AnnotationExport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Ratings as JSONL, one line per rating.</summary>
    public static string RatingsJsonLines(IEnumerable<HumanRating> ratings) => Lines(ratings, (w, r) =>
    {
        w.WriteString("instance", r.InstanceId);
        w.WriteString("system", r.System);
        w.WriteString("aspect", r.Aspect);
        w.WriteString("rater", r.Rater);
        if (r.Score is { } score)
        {
            w.WriteNumber("score", score);
        }
        else
        {
            w.WriteNull("score");
        }

        if (r.Comment is not null)
        {
            w.WriteString("comment", r.Comment);
        }
    });

    /// <summary>Ratings as RFC 4180 CSV with a header; an N/A score is an empty field.</summary>
    public static string RatingsCsv(IEnumerable<HumanRating> ratings) => CsvTable.Render("\r\n", table =>
    {
        table.Row("instance", "system", "aspect", "rater", "score", "comment");
        foreach (var r in ratings)
        {
            table.Row(r.InstanceId, r.System, r.Aspect, r.Rater, r.Score?.ToString(CultureInfo.InvariantCulture), r.Comment);
        }
    });

    /// <summary>Pairwise verdicts as JSONL, one line per verdict.</summary>
    public static string VerdictsJsonLines(IEnumerable<PairwiseVerdict> verdicts) => Lines(verdicts, (w, v) =>
    {
        w.WriteString("instance", v.InstanceId);
        w.WriteString("system_a", v.SystemA);
        w.WriteString("system_b", v.SystemB);
        w.WriteString("winner", PairwiseWinners.Name(v.Winner));
        w.WriteString("source", v.Source);
        if (v.Shown is { } shown)
        {
            w.WriteString("shown", shown.ToString());
        }

        if (v.Comment is not null)
        {
            w.WriteString("comment", v.Comment);
        }
    });

    private static string Lines<T>(IEnumerable<T> records, Action<Utf8JsonWriter, T> write)
    {
        var text = new StringBuilder();
        using var buffer = new MemoryStream();
        foreach (var record in records)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                writer.WriteStartObject();
                write(writer, record);
                writer.WriteEndObject();
            }

            text.Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append('\n');
        }

        return text.ToString();
    }
}
