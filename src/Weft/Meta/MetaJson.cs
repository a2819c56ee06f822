using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Meta.Statistics;

namespace Weft.Meta;

/// <summary>Renders a meta report as indented JSON with snake_case names (documented in docs/meta.md); undefined values are null with "undefined_reason".</summary>
internal static class MetaJson
{
    /// <summary>Version of the JSON shape, written as <c>weft_meta_version</c>.</summary>
    public const int FormatVersion = 1;

    public static string Render(MetaReport report)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteNumber("weft_meta_version", FormatVersion);
            json.WriteStartObject("run");
            json.WriteString("judge", report.Run.Judge);
            json.WriteString("prompt_id", report.Run.PromptId);
            json.WriteString("benchmark", report.Run.Benchmark);
            json.WriteEndObject();
            json.WriteString("scale", report.Options.Scale.ToString());
            json.WriteNumber("bootstrap_samples", report.Options.BootstrapSamples);
            json.WriteNumber("seed", report.Options.Seed);
            json.WriteNumber("confidence_level", report.Options.ConfidenceLevel);
            json.WriteNumber("ratings", report.Ratings);
            json.WriteNumber("unmatched_ratings", report.UnmatchedRatings);
            json.WriteBoolean("overall_rated_directly", report.OverallRatedDirectly);
            json.WriteStartArray("aspects");
            foreach (var aspect in report.Aspects)
            {
                json.WriteStringValue(aspect);
            }

            json.WriteEndArray();
            json.WriteStartArray("tables");
            foreach (var table in report.Tables)
            {
                WriteTable(json, table);
            }

            json.WriteEndArray();
            json.WriteStartArray("reliability");
            foreach (var row in report.Reliability)
            {
                json.WriteStartObject();
                json.WriteString("aspect", row.Aspect);
                Coefficient(json, "alpha_interval", row.AlphaInterval);
                Coefficient(json, "alpha_ordinal", row.AlphaOrdinal);
                Coefficient(json, "mean_pairwise_spearman", row.MeanPairwiseSpearman);
                json.WriteNumber("pairs_skipped", row.PairsSkipped);
                json.WriteNumber("raters", row.Raters);
                json.WriteNumber("units", row.Units);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTable(Utf8JsonWriter json, MetaTable table)
    {
        json.WriteStartObject();
        json.WriteString("level", MetaText.Level(table.Level));
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            json.WriteString("metric", row.Metric);
            json.WriteString("label", row.Label);
            json.WriteString("kind", MetaText.Kind(row.Kind));
            json.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                json.WriteStartObject();
                json.WriteString("aspect", cell.Aspect);
                foreach (var kind in MetaText.Kinds)
                {
                    Estimate(json, MetaText.Key(kind), cell.Get(kind));
                }

                json.WriteStartObject("coverage");
                json.WriteNumber("used", cell.Coverage.Used);
                json.WriteNumber("not_applicable", cell.Coverage.NotApplicable);
                json.WriteNumber("judge_errors", cell.Coverage.JudgeErrors);
                json.WriteNumber("no_human_rating", cell.Coverage.NoHumanRating);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Estimate(Utf8JsonWriter json, string name, CorrelationEstimate estimate)
    {
        json.WriteStartObject(name);
        Fields(json, estimate.Point);
        if (estimate.Interval is { } ci)
        {
            json.WriteStartObject("ci");
            Nullable(json, "low", ci.Lower);
            Nullable(json, "high", ci.Upper);
            json.WriteNumber("level", ci.Level);
            json.WriteNumber("samples", ci.Samples);
            json.WriteNumber("undefined_samples", ci.UndefinedSamples);
            json.WriteString("undefined_reason", ci.UndefinedReason);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("ci");
        }

        json.WriteEndObject();
    }

    private static void Coefficient(Utf8JsonWriter json, string name, Correlation value)
    {
        json.WriteStartObject(name);
        Fields(json, value);
        json.WriteEndObject();
    }

    private static void Fields(Utf8JsonWriter json, Correlation value)
    {
        Nullable(json, "value", value.Value);
        json.WriteNumber("n", value.N);
        json.WriteString("undefined_reason", value.UndefinedReason);
    }

    private static void Nullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
