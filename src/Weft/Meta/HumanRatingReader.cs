using System.Globalization;
using Weft.Benchmarks;
using Weft.Protocols;

namespace Weft.Meta;

/// <summary>
/// Reads a human ratings file (JSON Lines for .jsonl/.ndjson, CSV for .csv) and validates every row against the declared
/// scale; all problems are collected and thrown together as a <see cref="DataFormatException"/> with file:line: field.
/// </summary>
public static class HumanRatingReader
{
    /// <summary>Reads and validates the file at <paramref name="path"/>; aspects come back as keys ("text_quality", "overall").</summary>
    public static Task<IReadOnlyList<HumanRating>> ReadAsync(string path, RatingScale scale, CancellationToken cancellationToken = default) =>
        ReadAsync(path, scale, null, cancellationToken);

    /// <summary>
    /// As <see cref="ReadAsync(string, RatingScale, CancellationToken)"/> for a run judged on its own <paramref name="criteria"/>
    /// (a protocol file; null for InterleavedEval's aspects): aspects name criteria, each score is one of its criterion's answers, and
    /// only "overall" is on <paramref name="scale"/>.
    /// </summary>
    public static async Task<IReadOnlyList<HumanRating>> ReadAsync(string path, RatingScale scale, IReadOnlyList<Criterion>? criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckExtension(path);
        var bytes = await InputFiles.ReadAllBytesAsync(path, cancellationToken);
        return Read(path, bytes, scale, criteria, cancellationToken);
    }

    /// <summary>Reads and validates file contents; <paramref name="path"/> names the file in messages and picks the format.</summary>
    internal static IReadOnlyList<HumanRating> Read(string path, ReadOnlyMemory<byte> utf8, RatingScale scale, CancellationToken cancellationToken = default) =>
        Read(path, utf8, scale, null, cancellationToken);

    /// <summary>Reads and validates file contents against the run's own <paramref name="criteria"/> (null for InterleavedEval's aspects).</summary>
    internal static IReadOnlyList<HumanRating> Read(string path, ReadOnlyMemory<byte> utf8, RatingScale scale, IReadOnlyList<Criterion>? criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var errors = new DataErrorList();
        var rows = IsCsv(CheckExtension(path))
            ? HumanRatingCsv.Read(path, utf8, errors)
            : HumanRatingJsonLines.Read(path, utf8, errors, cancellationToken);
        var ratings = Validate(path, rows, scale, criteria, errors);
        errors.ThrowIfAny();
        return ratings;
    }

    private static List<HumanRating> Validate(string path, List<RatingRow> rows, RatingScale scale, IReadOnlyList<Criterion>? criteria, DataErrorList errors)
    {
        List<HumanRating> ratings = new(rows.Count);
        var seen = new Dictionary<(string, string, string, string), int>();
        foreach (var row in rows)
        {
            var count = errors.Count;
            var instance = Required(row.Instance, HumanRatingFields.Instance);
            var system = Required(row.System, HumanRatingFields.System);
            var rater = Required(row.Rater, HumanRatingFields.Rater);
            var aspect = AspectKey(Required(row.Aspect, HumanRatingFields.Aspect));
            var criterion = criteria?.FirstOrDefault(c => c.Name == aspect);
            if (row.Score is { } answer && criterion is not null)
            {
                if (!double.IsInteger(answer) || !criterion.Scale.Allows((int)answer))
                {
                    Report(HumanRatingFields.Score, string.Create(CultureInfo.InvariantCulture, $"{answer} is not an answer of criterion '{criterion.Name}' ({Answers(criterion.Scale)})"));
                }
            }
            else if (row.Score is { } score && !scale.Contains(score))
            {
                Report(HumanRatingFields.Score, string.Create(CultureInfo.InvariantCulture, $"{score} is off the declared scale {scale} (declare another with --scale)"));
            }

            if (errors.Count > count || instance is null || system is null || rater is null || aspect is null)
            {
                continue;
            }

            // Systems and raters are matched case-insensitively everywhere, so "Alice" and "alice" are one rater.
            var key = (instance, system.ToUpperInvariant(), aspect, rater.ToUpperInvariant());
            if (seen.TryGetValue(key, out var first))
            {
                Report(HumanRatingFields.Rater, $"duplicate rating: rater '{rater}' already rated {aspect} of system '{system}' on instance '{instance}' at line {first.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            seen[key] = row.Line;
            ratings.Add(new HumanRating(instance, system, aspect, rater, row.Score, row.Comment));

            string? Required(string? value, string field)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    Report(field, value is null ? "missing" : "empty");
                    return null;
                }

                return value.Trim();
            }

            string? AspectKey(string? name)
            {
                if (name is null)
                {
                    return null;
                }

                if (name.Equals(HumanRatingFields.Overall, StringComparison.OrdinalIgnoreCase))
                {
                    return HumanRatingFields.Overall;
                }

                if (criteria is not null)
                {
                    if (criteria.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } own)
                    {
                        return own.Name;
                    }

                    Report(HumanRatingFields.Aspect, $"unknown criterion '{name}'; the run's criteria are {string.Join(", ", criteria.Select(c => c.Name))}, or overall");
                    return null;
                }

                if (Aspects.TryParse(name, out var parsed))
                {
                    return Aspects.Key(parsed);
                }

                Report(HumanRatingFields.Aspect, $"unknown aspect '{name}'; expected one of {string.Join(", ", Aspects.All.Select(Aspects.Key))} or overall");
                return null;
            }

            void Report(string field, string problem) => errors.Add(path, row.Line, field, problem);
        }

        return ratings;
    }

    // Labels are rated by their values (yes = 1, no = 0), as the run stores the judge's.
    private static string Answers(CriterionScale scale) => scale.HasLabels
        ? string.Join(", ", scale.Labels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Value} for {l.Name}")))
        : string.Create(CultureInfo.InvariantCulture, $"an integer from {scale.Min} to {scale.Max}{(scale.Step == 1 ? string.Empty : $" in steps of {scale.Step}")}");

    private static string CheckExtension(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".jsonl" or ".ndjson" or ".csv"))
        {
            throw InputFiles.PathError(path, "unknown ratings format; name the file .jsonl (JSON Lines) or .csv");
        }

        return extension;
    }

    internal static bool IsCsv(string extension) => extension == ".csv";
}
