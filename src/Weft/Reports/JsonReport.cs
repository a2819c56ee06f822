using System.Text.Encodings.Web;
using System.Text.Json;
using Weft.Analysis;
using Weft.Metrics.Reference;

namespace Weft.Reports;

/// <summary>Writes a score report as JSON with snake_case names (documented in docs/report-json.md).</summary>
public static class JsonReport
{
    /// <summary>Version of the JSON shape, written as <c>weft_report_version</c>; raised on any breaking change.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the report as indented UTF-8 JSON with LF line endings and a final newline.</summary>
    public static void Write(ScoreReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",

            // A report file is not embedded in HTML, so names stay readable (é, +, ') instead of \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            Write(report, writer);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the report as one JSON object; numbers at full double precision, undefined values as null.</summary>
    public static void Write(ScoreReport report, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("weft_report_version", FormatVersion);
        WriteRun(report, writer);
        writer.WriteNumber("confidence_level", report.ConfidenceLevel);
        writer.WriteString("overall_rule", report.OverallRule);
        Strings(writer, "aspects", report.Aspects);
        if (!report.OnDefaultScale)
        {
            WriteCriteria(report, writer);
        }

        writer.WriteStartArray("systems");
        foreach (var group in report.Systems)
        {
            WriteGroup(writer, ScoreGroup.From(group));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("tasks");
        foreach (var group in report.Tasks)
        {
            WriteGroup(writer, ScoreGroup.From(group));
        }

        writer.WriteEndArray();
        MetricArray(writer, "heuristic_metrics", report.Metrics.Where(m => !ReferenceMetricNames.IsReferenceBased(m.Metric)));
        MetricArray(writer, "reference_metrics", report.Metrics.Where(m => ReferenceMetricNames.IsReferenceBased(m.Metric)));
        writer.WriteEndObject();
        writer.Flush();
    }

    // Only for runs off the 0–5 scale, so that the built-in protocol's reports keep their shape byte for byte.
    private static void WriteCriteria(ScoreReport report, Utf8JsonWriter writer)
    {
        writer.WriteStartArray("criteria");
        foreach (var aspect in report.Aspects)
        {
            var scale = report.Scale(aspect);
            writer.WriteStartObject();
            writer.WriteString("name", aspect);
            writer.WriteNumber("min", scale.Min);
            writer.WriteNumber("max", scale.Max);
            writer.WriteNumber("step", scale.Step);
            writer.WriteStartArray("labels");
            foreach (var label in scale.Labels)
            {
                writer.WriteStartObject();
                writer.WriteString("name", label.Name);
                writer.WriteNumber("value", label.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void MetricArray(Utf8JsonWriter writer, string name, IEnumerable<MetricStats> metrics)
    {
        writer.WriteStartArray(name);
        foreach (var m in metrics)
        {
            writer.WriteStartObject();
            writer.WriteString("system", m.System);
            writer.WriteString("metric", m.Metric);
            writer.WriteNumber("n", m.N);
            writer.WriteNumber("mean", m.Mean);
            Number(writer, "ci_low", m.CiLow);
            Number(writer, "ci_high", m.CiHigh);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteRun(ScoreReport report, Utf8JsonWriter writer)
    {
        var run = report.Run;
        writer.WriteStartObject("run");
        writer.WriteString("protocol", run.Protocol);
        writer.WriteString("judge", run.Judge);
        writer.WriteString("prompt_id", run.PromptId);
        writer.WriteString("prompt_hash", run.PromptHash);
        writer.WriteString("benchmark", run.Benchmark);
        Strings(writer, "systems", run.Systems);
        writer.WriteString("created", ReportText.Timestamp(run.Created));
        writer.WriteString("weft_version", run.WeftVersion);
        writer.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter writer, ScoreGroup group)
    {
        writer.WriteStartObject();
        if (group.Task is not null)
        {
            writer.WriteString("task", group.Task);
        }

        writer.WriteString("system", group.System);
        Number(writer, "overall", group.Overall);
        writer.WriteNumber("outputs", group.Outputs);
        writer.WriteNumber("missing_outputs", group.MissingOutputs);
        writer.WriteNumber("error_outputs", group.ErrorOutputs);
        writer.WriteNumber("unjudged_outputs", group.UnjudgedOutputs);
        writer.WriteStartArray("aspects");
        foreach (var a in group.Aspects)
        {
            writer.WriteStartObject();
            writer.WriteString("aspect", a.Aspect);
            writer.WriteNumber("n", a.N);
            Number(writer, "mean", a.Mean);
            Number(writer, "ci_low", a.CiLow);
            Number(writer, "ci_high", a.CiHigh);
            writer.WriteNumber("not_applicable", a.NotApplicable);
            writer.WriteNumber("errors", a.Errors);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
