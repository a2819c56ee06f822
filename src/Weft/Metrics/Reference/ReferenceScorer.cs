using Weft.Content;
using Weft.Images;

namespace Weft.Metrics.Reference;

/// <summary>Computes the reference-based metrics of one output against its instance's prepared reference.</summary>
/// <remarks>
/// Text metrics compare all the output's text with all the reference's text (blocks joined with line breaks); an
/// output without text scores 0, a reference without text gives no text value. Image metrics pair output image k with
/// reference image k; images beyond the shorter list are not compared, pairs with an unusable image (one the run's image
/// check found a problem with, output or reference alike: it has no facts) are skipped, and the
/// value is the mean over the compared pairs (none compared: no value). A negative SSIM (anti-correlated structure)
/// counts as 0, so every value lies in 0–1.
/// </remarks>
/// <param name="loader">Reads output images for SSIM.</param>
/// <param name="wanted">The metrics asked for in this run; the reference images are measured for these.</param>
internal sealed class ReferenceScorer(ImageLoader loader, IReadOnlyCollection<ReferenceMetric> wanted)
{
    private bool WantHash => wanted.Contains(ReferenceMetric.Phash);

    private bool WantLuma => wanted.Contains(ReferenceMetric.Ssim);

    public async Task<(IReadOnlyList<MetricValue> Values, ReferenceTally Tally)> ScoreAsync(
        ReferenceMaterial reference, SystemOutput output, IReadOnlyCollection<ReferenceMetric> metrics, IReadOnlyDictionary<string, ImageFacts> facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(output);
        var values = new List<MetricValue>();
        var tally = ReferenceTally.Zero with { Measured = 1 };
        var text = ReferenceText.Of(output.Content) ?? string.Empty;
        var wantText = metrics.Contains(ReferenceMetric.Bleu) || metrics.Contains(ReferenceMetric.RougeL);
        if (wantText && reference.Text is null)
        {
            tally = tally with { NoReferenceText = 1 };
        }
        else if (wantText)
        {
            if (metrics.Contains(ReferenceMetric.Bleu))
            {
                values.Add(new(ReferenceMetricNames.Bleu4, Bleu.FromTokens(Tokenizer13a.Tokenize(text), reference.BleuTokens)));
            }

            if (metrics.Contains(ReferenceMetric.RougeL))
            {
                values.Add(new(ReferenceMetricNames.RougeL, RougeL.FromTokens(RougeL.Tokenize(text), reference.RougeTokens)));
            }
        }

        var hash = metrics.Contains(ReferenceMetric.Phash);
        var luma = metrics.Contains(ReferenceMetric.Ssim);
        if (!hash && !luma)
        {
            return (values, tally);
        }

        var outputImages = output.Content.Where(ContentImages.IsImage).ToList();
        if (outputImages.Count == 0 || reference.ImageCount == 0)
        {
            return (values, tally with { NoImagePairs = 1 });
        }

        var pairs = Math.Min(outputImages.Count, reference.ImageCount);
        tally = tally with { UnpairedImages = Math.Abs(outputImages.Count - reference.ImageCount) };
        var referenceImages = await reference.ImagesAsync(WantHash, WantLuma, facts, cancellationToken);
        var (ssims, hashes, unusable) = (new List<double>(), new List<double>(), 0);
        for (var k = 0; k < pairs; k++)
        {
            var theirs = referenceImages[k];
            var mine = facts.TryGetValue(ContentImages.Key(outputImages[k]), out var fact)
                ? await ImageMeasure.MeasureAsync(loader, outputImages[k], hash, luma, fact.PerceptualHash, cancellationToken)
                : null;
            if (mine is null || theirs is null || (hash && theirs.Hash is null) || (luma && (mine.Luma is null || theirs.Luma is null)))
            {
                unusable++;
                continue;
            }

            if (hash)
            {
                hashes.Add(PhashSimilarity.Of(mine.Hash!.Value, theirs.Hash!.Value));
            }

            if (luma)
            {
                ssims.Add(Math.Max(0, Ssim.Mean(mine.Luma!, theirs.Luma!, ReferenceImage.Side, ReferenceImage.Side)));
            }
        }

        if (ssims.Count > 0)
        {
            values.Add(new(ReferenceMetricNames.Ssim, ssims.Average()));
        }

        if (hashes.Count > 0)
        {
            values.Add(new(ReferenceMetricNames.Phash, hashes.Average()));
        }

        return (values, tally with { UnusablePairs = unusable });
    }
}
