namespace Weft.Bench.Support;

/// <summary>Where things are relative to the repository this program was built from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Release build of the weft command (build it first: dotnet build -c Release src/Weft.Cli).</summary>
    public static string WeftCli => Path.Combine(Root, "src", "Weft.Cli", "bin", "Release", "net10.0", "Weft.Cli");

    public static string DefaultScratch => Path.Combine(Path.GetTempPath(), "weft-bench");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Weft.slnx")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
