using System.Text.Json;
using Weft.Testing;

namespace Weft.Tests.Meta;

/// <summary>Reads the SciPy golden values written by golden/make_meta_golden.py.</summary>
internal static class MetaGolden
{
    public const double Tolerance = 1e-9;

    public static JsonElement Read(string property)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Weft.Tests", "Meta", "golden", "meta_golden.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty(property).Clone();
    }

    public static JsonElement Case(string property, string name) =>
        Read(property).EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    /// <summary>A units × raters matrix with null for a missing rating.</summary>
    public static double?[][] Matrix(JsonElement matrix) =>
        [.. matrix.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToArray())];
}
