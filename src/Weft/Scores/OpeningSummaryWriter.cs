using System.Globalization;
using System.Text;
using System.Text.Json;
using Weft.Analysis;
using Weft.Files;
using Weft.Protocols;

namespace Weft.Scores;

/// <summary>Renders an OpenING summary as a text table, Markdown, CSV or JSON (field names in docs/opening-score.md).</summary>
public static class OpeningSummaryWriter
{
    /// <summary>The format names accepted by <see cref="Format"/>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["table", "md", "csv", "json"];

    /// <summary>The summary in <paramref name="format"/> (one of <see cref="Formats"/>), ending with a newline.</summary>
    public static string Format(IReadOnlyList<OpeningSystemSummary> summaries, string format)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        return format switch
        {
            "table" => Table(summaries, markdown: false),
            "md" => Table(summaries, markdown: true),
            "csv" => Csv(summaries),
            "json" => Json(summaries),
            _ => throw new ArgumentException($"unknown format '{format}'; use one of {string.Join(", ", Formats)}", nameof(format)),
        };
    }

    private static string Table(IReadOnlyList<OpeningSystemSummary> summaries, bool markdown)
    {
        string[] header = ["#", "System", "N", .. OpeningCriteria.All.Select(Short), "Overall", "Ours: item mean (95% CI)", "Missing"];
        var rows = summaries.Select(s => (string[])[
            S(s.Rank), s.System, S(s.Items), .. s.Criteria.Select(c => F2(c.RoundedMean)), F2(s.OverallRounded), Interval(s.ItemMean), S(s.Missing)]).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Line(header);
        if (markdown)
        {
            Line([.. widths.Select(w => new string('-', w))]);
        }

        foreach (var row in rows)
        {
            Line(row);
        }

        text.AppendLine().Append(markdown ? "_" : string.Empty)
            .Append("Criterion means rounded to 2 decimals as Python's round (half to even); Overall = mean of the rounded means (OpenING's rule).")
            .AppendLine(markdown ? "_" : string.Empty);
        return text.ToString();

        void Line(string[] cells)
        {
            var padded = cells.Select((c, i) => i <= 1 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
            text.AppendLine(markdown ? $"| {string.Join(" | ", padded)} |" : string.Join("  ", padded).TrimEnd());
        }
    }

    private static string Csv(IReadOnlyList<OpeningSystemSummary> summaries) => CsvTable.Render("\n", table =>
    {
        table.Row("rank", "system", "criterion", "n", "missing", "rounded_mean", "mean", "low", "high");
        foreach (var s in summaries)
        {
            foreach (var c in s.Criteria)
            {
                table.Row(S(s.Rank), s.System, c.Criterion, S(c.Mean.N), S(c.Missing), F2(c.RoundedMean), R(c.Mean.Mean), R(c.Mean.Low), R(c.Mean.High));
            }

            table.Row(S(s.Rank), s.System, "Overall", S(s.ItemMean.N), S(s.Missing), F2(s.OverallRounded), R(s.ItemMean.Mean), R(s.ItemMean.Low), R(s.ItemMean.High));
        }
    });

    private static string Json(IReadOnlyList<OpeningSystemSummary> summaries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("rule", "OpenING: criterion means rounded to 2 decimals (Python round, half to even); overall = mean of the rounded means; ranked by overall");
            json.WriteStartArray("systems");
            foreach (var s in summaries)
            {
                json.WriteStartObject();
                json.WriteNumber("rank", s.Rank);
                json.WriteString("system", s.System);
                json.WriteNumber("items", s.Items);
                Number(json, "overall", s.Overall);
                Number(json, "overall_rounded", s.OverallRounded);
                json.WriteNumber("missing", s.Missing);
                json.WritePropertyName("item_mean");
                Interval(json, s.ItemMean);
                json.WriteStartArray("criteria");
                foreach (var c in s.Criteria)
                {
                    json.WriteStartObject();
                    json.WriteString("criterion", c.Criterion);
                    Number(json, "rounded_mean", c.RoundedMean);
                    json.WriteNumber("missing", c.Missing);
                    json.WritePropertyName("mean");
                    Interval(json, c.Mean);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Interval(Utf8JsonWriter json, MeanInterval interval)
    {
        json.WriteStartObject();
        json.WriteNumber("n", interval.N);
        Number(json, "mean", interval.Mean);
        Number(json, "low", interval.Low);
        Number(json, "high", interval.High);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
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

    private static string Short(string criterion) => criterion switch
    {
        "Correctness" => "Corr",
        "Completeness" => "Compl",
        _ => string.Concat(criterion.Split(' ', '-').Select(w => char.ToUpperInvariant(w[0]))),
    };

    private static string Interval(MeanInterval m) => m.Mean is not { } mean ? "-"
        : m.Low is { } low && m.High is { } high ? string.Create(CultureInfo.InvariantCulture, $"{F3(mean)} [{F3(low)}, {F3(high)}]")
        : F3(mean);

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The rounded means are already at 2 decimals by OpenING's rule; printing them adds no second rounding.
    private static string F2(double? value) => value is { } v ? DisplayRounding.Fixed(v, 2) : string.Empty;

    private static string F3(double value) => DisplayRounding.Fixed(value, 3);

    private static string R(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
