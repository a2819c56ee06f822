namespace Weft.Metrics.Reference;

/// <summary>What happened to the reference-based metrics of a set of outputs, for the run summary.</summary>
/// <param name="Measured">Outputs whose metrics were computed in this run.</param>
/// <param name="Reused">Outputs whose stored metrics still held (same output, same reference) and were kept.</param>
/// <param name="NoReference">Outputs whose instance has no reference: no value at all.</param>
/// <param name="NoReferenceText">Outputs measured whose reference has no text: no text value.</param>
/// <param name="NoImagePairs">Outputs measured where the output or the reference has no image: no image value.</param>
/// <param name="UnpairedImages">Images beyond the shorter of the two image lists (output image k is compared with reference image k only).</param>
/// <param name="UnusablePairs">Image pairs skipped because one of the two images could not be read or decoded.</param>
public sealed record ReferenceTally(int Measured, int Reused, int NoReference, int NoReferenceText, int NoImagePairs, int UnpairedImages, int UnusablePairs)
{
    /// <summary>All counts zero.</summary>
    public static ReferenceTally Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The sum of two tallies.</summary>
    public ReferenceTally Add(ReferenceTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Measured + other.Measured, Reused + other.Reused, NoReference + other.NoReference, NoReferenceText + other.NoReferenceText,
            NoImagePairs + other.NoImagePairs, UnpairedImages + other.UnpairedImages, UnusablePairs + other.UnusablePairs);
    }
}
