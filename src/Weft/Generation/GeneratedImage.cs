namespace Weft.Generation;

/// <summary>A picture saved in the output folder.</summary>
/// <param name="RequestKey">The request it answers.</param>
/// <param name="RelativePath">Path relative to the output folder, with forward slashes.</param>
/// <param name="FullPath">Absolute path.</param>
/// <param name="Sha256">SHA-256 of its bytes.</param>
internal sealed record GeneratedImage(string RequestKey, string RelativePath, string FullPath, string Sha256);
