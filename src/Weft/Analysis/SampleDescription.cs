namespace Weft.Analysis;

/// <summary>Basic statistics of a sample.</summary>
/// <param name="Count">Number of values (0 or more).</param>
/// <param name="Mean">Arithmetic mean; null when the sample is empty.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1 denominator); null with fewer than two values.</param>
/// <param name="StandardError">Standard error of the mean, s / √n; null with fewer than two values.</param>
internal sealed record SampleDescription(int Count, double? Mean, double? StandardDeviation, double? StandardError);
