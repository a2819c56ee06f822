namespace Weft.Metrics.Reference;

/// <summary>Names, descriptions and option spellings of the reference-based metrics.</summary>
/// <remarks>Stored names all start with <see cref="Prefix"/> so that reports can tell them from offline heuristics.</remarks>
public static class ReferenceMetricNames
{
    /// <summary>The prefix of every stored reference-based metric name ("ref.").</summary>
    public const string Prefix = "ref.";

    /// <summary>Stored name of sentence BLEU-4, 0–1.</summary>
    public const string Bleu4 = "ref.bleu4";

    /// <summary>Stored name of ROUGE-L F1, 0–1.</summary>
    public const string RougeL = "ref.rougeL";

    /// <summary>Stored name of mean SSIM over paired images, 0–1.</summary>
    public const string Ssim = "ref.ssim";

    /// <summary>Stored name of mean perceptual-hash similarity over paired images, 0–1.</summary>
    public const string Phash = "ref.phash";

    private static readonly (ReferenceMetric Metric, string Option, string Name, string Description)[] Catalog =
    [
        (ReferenceMetric.Bleu, "bleu", Bleu4, "Reference-based: sentence BLEU-4 (13a tokens, exp smoothing) of the output text against the reference text, 0-1."),
        (ReferenceMetric.RougeL, "rougeL", RougeL, "Reference-based: ROUGE-L F1 (longest common subsequence of lowercase words) against the reference text, 0-1."),
        (ReferenceMetric.Ssim, "ssim", Ssim, "Reference-based: mean SSIM of output image k vs reference image k (256 x 256 luma, 11 x 11 Gaussian window), 0-1."),
        (ReferenceMetric.Phash, "phash", Phash, "Reference-based: mean 1 - Hamming distance / 64 of the perceptual hashes of output image k and reference image k, 0-1."),
    ];

    /// <summary>Every stored name, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Catalog.Select(c => c.Name)];

    /// <summary>The names accepted by <c>weft eval --metrics</c>, comma-separated ("bleu, rougeL, ssim, phash").</summary>
    public static string OptionNames { get; } = string.Join(", ", Catalog.Select(c => c.Option));

    /// <summary>Whether a stored metric name is reference-based (starts with <see cref="Prefix"/>).</summary>
    public static bool IsReferenceBased(string metricName)
    {
        ArgumentNullException.ThrowIfNull(metricName);
        return metricName.StartsWith(Prefix, StringComparison.Ordinal);
    }

    /// <summary>The stored name of a metric.</summary>
    public static string NameOf(ReferenceMetric metric) => Catalog.First(c => c.Metric == metric).Name;

    /// <summary>A one-line description of a stored reference-based metric, with its range, for reports.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static string Describe(string name) =>
        Catalog.FirstOrDefault(c => c.Name == name).Description ?? throw new ArgumentException($"unknown reference metric '{name}'", nameof(name));

    /// <summary>Parses a comma-separated list of metric names (option or stored spellings, case-insensitive), without duplicates, in the order given.</summary>
    /// <exception cref="FormatException">A name is unknown or the list is empty; the message lists the valid names.</exception>
    public static IReadOnlyList<ReferenceMetric> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var metrics = new List<ReferenceMetric>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Catalog.Where(c => string.Equals(c.Option, part, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, part, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                throw new FormatException($"unknown metric '{part}'; valid metrics are {OptionNames}");
            }

            if (!metrics.Contains(match[0].Metric))
            {
                metrics.Add(match[0].Metric);
            }
        }

        return metrics.Count > 0 ? metrics : throw new FormatException($"no metric named; valid metrics are {OptionNames}");
    }
}
