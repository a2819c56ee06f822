namespace Weft.Runs;

/// <summary>Where one system's outputs come from.</summary>
/// <param name="Name">System name used in reports.</param>
/// <param name="Path">Outputs file or folder.</param>
/// <param name="Format">Outputs format name, or null to detect it.</param>
public sealed record SystemSource(string Name, string Path, string? Format = null);
