namespace Weft.Metrics.Reference;

/// <summary>A reference-based baseline metric: it compares an output with its instance's reference answer.</summary>
public enum ReferenceMetric
{
    /// <summary>Sentence BLEU-4 of the output text against the reference text (stored as ref.bleu4, 0–1).</summary>
    Bleu,

    /// <summary>ROUGE-L F1 of the output text against the reference text (stored as ref.rougeL, 0–1).</summary>
    RougeL,

    /// <summary>Mean SSIM of paired images (stored as ref.ssim, 0–1).</summary>
    Ssim,

    /// <summary>Mean perceptual-hash similarity of paired images (stored as ref.phash, 0–1).</summary>
    Phash,
}
