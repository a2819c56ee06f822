namespace Weft.Testing;

/// <summary>Locations of the repository and of the shared test data.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The repository root (the folder holding Weft.slnx).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>Where ../shared/data is expected, whether or not it exists.</summary>
    public static string SharedDataFolder => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>
    /// ../shared/data beside the repository. Tests that need it are marked [SharedDataFact] or [SharedDataTheory] and
    /// skip without it (fail under WEFT_REQUIRE_ALL=1); reaching it from any other test throws.
    /// </summary>
    public static string SharedData
    {
        get
        {
            var path = SharedDataFolder;
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"Shared test data not found at {path}; tests need ../shared/data beside the checkout.");
            }

            return path;
        }
    }

    /// <summary>The OpenING test data folder.</summary>
    public static string OpeningData => Path.Combine(SharedData, "opening");

    /// <summary>The bundled sample in samples/.</summary>
    public static string Samples => Path.Combine(RepoRoot, "samples");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weft.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find Weft.slnx above " + AppContext.BaseDirectory);
    }
}
