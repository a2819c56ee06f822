using System.Text.Json;
using Weft.Testing;

namespace Weft.Tests.Analysis;

/// <summary>Reads the SciPy golden values written by golden/make_golden.py.</summary>
internal static class Golden
{
    public static JsonElement Read(string fileName, string property)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Weft.Tests", "Analysis", "golden", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty(property).Clone();
    }

    public static double RelativeError(double actual, double expected) =>
        expected == 0.0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
}
