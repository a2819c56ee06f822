using System.Globalization;

namespace Weft.Images;

/// <summary>The outcome of checking a set of images: facts for the usable ones and every problem for the others.</summary>
/// <param name="facts">Facts keyed by image key (see <see cref="Content.ContentImages.Key"/>).</param>
/// <param name="problems">Every problem, one per owner and image, in the order the images were first given.</param>
public sealed class ImageCheckResult(IReadOnlyDictionary<string, ImageFacts> facts, IReadOnlyList<ImageProblem> problems)
{
    /// <summary>Facts of every usable image, keyed by image key (full path, URL, or "sha256:&lt;hex&gt;" for inline data).</summary>
    public IReadOnlyDictionary<string, ImageFacts> Facts { get; } = facts;

    /// <summary>Every problem, one per owner and image, in the order the images were first given.</summary>
    public IReadOnlyList<ImageProblem> Problems { get; } = problems;

    /// <summary>One line per kind of problem with the number of distinct images and up to <paramref name="maxExamples"/> examples; empty when there are no problems.</summary>
    /// <param name="maxExamples">How many image names to show per line, 0 or more.</param>
    public IReadOnlyList<string> Summarize(int maxExamples) => Summarize(Problems, maxExamples);

    /// <summary>As <see cref="Summarize(int)"/>, for problems gathered from several checks.</summary>
    public static IReadOnlyList<string> Summarize(IEnumerable<ImageProblem> problems, int maxExamples)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfNegative(maxExamples);
        return [.. problems
            .GroupBy(p => p.Kind)
            .OrderBy(g => g.Key)
            .Select(g => Line(g.Key, [.. g.Select(p => p.Image).Distinct(StringComparer.Ordinal)], maxExamples))];
    }

    private static string Line(ImageLoadProblem kind, IReadOnlyList<string> images, int maxExamples)
    {
        var count = images.Count.ToString("N0", CultureInfo.InvariantCulture);
        var noun = images.Count == 1 ? "image" : "images";
        var what = kind switch
        {
            ImageLoadProblem.Missing => $"{count} {noun} missing",
            ImageLoadProblem.Unreadable => $"{count} {noun} unreadable",
            ImageLoadProblem.UnknownFormat => $"{count} {noun} in an unknown format (not PNG, JPEG, GIF, WebP or BMP)",
            ImageLoadProblem.TooLarge => $"{count} {noun} too large (bytes or pixels)",
            ImageLoadProblem.RemoteNotAllowed => $"{count} remote {noun} not fetched (pass --allow-remote-images to fetch them)",
            ImageLoadProblem.RemoteFailed => $"{count} remote {noun} could not be fetched",
            ImageLoadProblem.Undecodable => $"{count} {noun} could not be decoded (corrupt or truncated)",
            ImageLoadProblem.OutsideRoot => $"{count} {noun} outside the dataset folder, not read",
            _ => $"{count} {noun} with problem {kind}",
        };
        if (maxExamples == 0)
        {
            return what;
        }

        var examples = string.Join(", ", images.Take(maxExamples));
        return images.Count > maxExamples ? $"{what} (e.g. {examples}, ...)" : $"{what} ({examples})";
    }
}
