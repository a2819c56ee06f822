using System.Text;
using System.Text.Json;

namespace Weft.Arena;

/// <summary>Writes verdicts in Weft's pairwise JSONL (one object per line, snake_case fields, as in docs/arena-judge.md).</summary>
internal static class PairwiseVerdictLines
{
    /// <summary>The verdicts as UTF-8 JSONL text, one line each, in the given order.</summary>
    public static string Format(IEnumerable<PairwiseVerdict> verdicts)
    {
        var text = new StringBuilder();
        foreach (var verdict in verdicts)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("instance", verdict.InstanceId);
                json.WriteString("system_a", verdict.SystemA);
                json.WriteString("system_b", verdict.SystemB);
                json.WriteString("winner", PairwiseWinners.Name(verdict.Winner));
                json.WriteString("source", verdict.Source);
                if (verdict.Shown is { } shown)
                {
                    json.WriteString("shown", shown.ToString());
                }

                if (verdict.Comment is { } comment)
                {
                    json.WriteString("comment", comment);
                }

                json.WriteEndObject();
            }

            text.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
        }

        return text.ToString();
    }
}
