using System.Globalization;
using System.Text;
using Weft.Benchmarks;
using Weft.Text;

namespace Weft.Meta;

/// <summary>
/// Reads human ratings from CSV with the header <c>instance,system,aspect,rater,score,comment</c> (columns in any order,
/// comment optional); an empty score, "NA" or "N/A" means the rater marked the aspect not applicable.
/// </summary>
internal static class HumanRatingCsv
{
    private static readonly string[] Required =
        [HumanRatingFields.Instance, HumanRatingFields.System, HumanRatingFields.Aspect, HumanRatingFields.Rater, HumanRatingFields.Score];

    public static List<RatingRow> Read(string path, ReadOnlyMemory<byte> utf8, DataErrorList errors)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(InputFiles.WithoutBom(utf8).Span);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(path, 1, "(csv)", "the text is not valid UTF-8; save the file as UTF-8");
            return [];
        }

        var records = CsvRecords.Split(text, out var syntax);
        if (syntax is { } problem)
        {
            errors.Add(path, problem.Line, "(csv)", problem.Problem);
        }

        if (records.Count == 0)
        {
            errors.Add(path, 1, "(header)", "the file is empty; expected the header " + string.Join(",", HumanRatingFields.All));
            return [];
        }

        var (headerLine, header) = records[0];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!HumanRatingFields.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(path, headerLine, "(header)", $"unknown column '{name}'; expected {string.Join(",", HumanRatingFields.All)}");
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(path, headerLine, "(header)", $"column '{name}' appears twice");
            }
        }

        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(path, headerLine, "(header)", "missing " + Plural.Noun(missing.Count, "column") + ": " + string.Join(", ", missing));
            return [];
        }

        List<RatingRow> rows = [];
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                errors.Add(path, line, "(csv)", $"{fields.Count} fields, but the header has {header.Count}");
                continue;
            }

            string? Get(string name) => columns.TryGetValue(name, out var index) && fields[index].Length > 0 ? fields[index] : null;
            rows.Add(new RatingRow(line, Get(HumanRatingFields.Instance), Get(HumanRatingFields.System), Get(HumanRatingFields.Aspect),
                Get(HumanRatingFields.Rater), Score(Get(HumanRatingFields.Score), path, line, errors), Get(HumanRatingFields.Comment)));
        }

        return rows;
    }

    private static double? Score(string? text, string path, int line, DataErrorList errors)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Equals("NA", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("N/A", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score))
        {
            return score;
        }

        errors.Add(path, line, HumanRatingFields.Score, $"'{trimmed}' is not a number (use a dot for decimals; leave empty for N/A)");
        return null;
    }
}
