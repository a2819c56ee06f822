namespace Weft.Generation;

/// <summary>One drawing of one picture: what was asked, what came back, and what the check said.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Image">1-based position of the picture among the answer's pictures.</param>
/// <param name="Attempt">0 for the first drawing, 1..N for refine redraws.</param>
/// <param name="Prompt">The prompt sent to the image model (with the check's problem appended on redraws).</param>
/// <param name="RequestKey">The image request's key in the run store.</param>
/// <param name="ImagePath">The picture's path relative to the output folder.</param>
/// <param name="Sha256">SHA-256 of the picture's bytes.</param>
/// <param name="Ok">The check's verdict; null when no check ran (no --refine) or the check gave no verdict.</param>
/// <param name="Problem">What the check found wrong, or why it gave no verdict; null otherwise.</param>
public sealed record GenerationStep(
    string InstanceId, int Image, int Attempt, string Prompt, string RequestKey, string ImagePath, string Sha256, bool? Ok, string? Problem);
