namespace Weft.Generation;

/// <summary>How <c>weft generate</c> ended, with its cost: requests sent and answered from the store, tokens, and pictures drawn by size.</summary>
/// <param name="Instances">Instances in scope.</param>
/// <param name="Generated">Instances with an output in the outputs file.</param>
/// <param name="Failures">Instances without an output, and why.</param>
/// <param name="OutputFile">The outputs file written, or null (dry run, or nothing generated).</param>
/// <param name="StepsFile">The drawing steps file written, or null.</param>
/// <param name="Planner">Planner (or endpoint) requests.</param>
/// <param name="Checks">Picture check requests.</param>
/// <param name="ImagesDrawn">Pictures drawn by this run, by "SIZE QUALITY".</param>
/// <param name="ImageCacheHits">Pictures reused from earlier runs (stored and unchanged on disk).</param>
/// <param name="Redraws">Refine redraws asked for (cached or not).</param>
/// <param name="Retries">Retried attempts over all requests.</param>
/// <param name="DryRunRequests">For a dry run: first planner (or endpoint) requests not yet answered in the store; null otherwise.</param>
/// <param name="MaxErrorRate">The error-rate limit the run was held to.</param>
public sealed record GenerationOutcome(
    int Instances,
    int Generated,
    IReadOnlyList<GenerationFailure> Failures,
    string? OutputFile,
    string? StepsFile,
    RequestCounts Planner,
    RequestCounts Checks,
    IReadOnlyDictionary<string, int> ImagesDrawn,
    long ImageCacheHits,
    int Redraws,
    long Retries,
    int? DryRunRequests,
    double MaxErrorRate)
{
    /// <summary>Share of instances in scope that failed (0 when none).</summary>
    public double ErrorRate => Instances == 0 ? 0 : (double)Failures.Count / Instances;

    /// <summary>Whether more instances failed than <see cref="MaxErrorRate"/> allows.</summary>
    public bool ErrorRateExceeded => DryRunRequests is null && ErrorRate > MaxErrorRate;
}
