using System.Globalization;
using System.Text.Json;
using Weft.Benchmarks;
using Weft.Content;

namespace Weft.Reports.Html;

/// <summary>
/// Reads the drawing steps that <c>weft generate --refine</c> writes beside an outputs file
/// (<c>NAME.steps.jsonl</c> beside <c>NAME.jsonl</c>) into what the report shows. The file is optional and untrusted: a
/// line that does not read makes the whole file skipped with one warning, and an image path is used only when it names a
/// file inside the outputs folder.
/// </summary>
internal static class RefineStepsFile
{
    /// <summary>Earlier drawings shown as thumbnails per picture, at most (the latest ones before the kept drawing).</summary>
    public const int MaxThumbnails = 3;

    private const string Suffix = ".jsonl";

    /// <summary>The steps file beside <paramref name="outputsPath"/>, or null when the outputs are not a <c>.jsonl</c> file.</summary>
    public static string? PathFor(string outputsPath) =>
        outputsPath.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(outputsPath)
            ? outputsPath[..^Suffix.Length] + ".steps" + Suffix
            : null;

    /// <summary>
    /// The pictures worth a note (drawn more than once, or a check that failed or gave no verdict) by instance id, read
    /// from the steps file beside <paramref name="outputsPath"/>; empty when there is none. Problems go to <paramref name="warnings"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<HtmlRefinePicture>>> ReadAsync(
        string outputsPath, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        var path = PathFor(outputsPath);
        if (path is null || !File.Exists(path))
        {
            return new Dictionary<string, IReadOnlyList<HtmlRefinePicture>>(StringComparer.Ordinal);
        }

        var steps = new Dictionary<(string Instance, int Image), SortedDictionary<int, (bool? Ok, string? Problem, string Path)>>();
        try
        {
            var number = 0;
            foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (Parse(line) is not { } step)
                {
                    warnings.Add($"{path}:{number.ToString(CultureInfo.InvariantCulture)}: not a drawing step (instance, image, attempt, path, ok, problem); refine steps of this file are not shown");
                    return new Dictionary<string, IReadOnlyList<HtmlRefinePicture>>(StringComparer.Ordinal);
                }

                if (!steps.TryGetValue((step.Instance, step.Image), out var attempts))
                {
                    attempts = [];
                    steps.Add((step.Instance, step.Image), attempts);
                }

                attempts[step.Attempt] = (step.Ok, step.Problem, step.Path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{path}: cannot be read ({e.Message}); refine steps of this file are not shown");
            return new Dictionary<string, IReadOnlyList<HtmlRefinePicture>>(StringComparer.Ordinal);
        }

        var root = new DatasetRoot(Path.GetDirectoryName(Path.GetFullPath(outputsPath))!);
        return steps
            .Where(p => p.Value.Count > 1 || p.Value.Values.Any(s => s.Ok is false || (s.Ok is null && s.Problem is not null)))
            .GroupBy(p => p.Key.Instance, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<HtmlRefinePicture>)[.. g.OrderBy(p => p.Key.Image).Select(p => Picture(p.Key.Image, p.Value, root))],
                StringComparer.Ordinal);
    }

    private static HtmlRefinePicture Picture(int image, SortedDictionary<int, (bool? Ok, string? Problem, string Path)> attempts, DatasetRoot root)
    {
        var ordered = attempts.ToList();
        var firstThumbnail = Math.Max(0, ordered.Count - 1 - MaxThumbnails);
        return new HtmlRefinePicture(image, [.. ordered.Select((a, i) => new HtmlRefineStep(
            a.Key,
            a.Value.Ok,
            a.Value.Problem,
            i >= firstThumbnail && i < ordered.Count - 1 && root.TryResolve(a.Value.Path, out var full, out _) && File.Exists(full)
                ? ContentImages.FromFile(full, root.Folder)
                : null))]);
    }

    private static (string Instance, int Image, int Attempt, string Path, bool? Ok, string? Problem)? Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("instance", out var instance) || instance.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("image", out var image) || image.ValueKind != JsonValueKind.Number || !image.TryGetInt32(out var imageNumber) || imageNumber < 1
                || !root.TryGetProperty("attempt", out var attempt) || attempt.ValueKind != JsonValueKind.Number || !attempt.TryGetInt32(out var attemptNumber) || attemptNumber < 0
                || !root.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("ok", out var ok) || ok.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
                || (root.TryGetProperty("problem", out var problem) && problem.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
            {
                return null;
            }

            return (
                instance.GetString()!,
                imageNumber,
                attemptNumber,
                path.GetString()!,
                ok.ValueKind == JsonValueKind.Null ? null : ok.GetBoolean(),
                problem.ValueKind == JsonValueKind.String ? problem.GetString() : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
