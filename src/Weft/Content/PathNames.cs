namespace Weft.Content;

/// <summary>Small checks on file names shared by the readers and the image loader.</summary>
internal static class PathNames
{
    /// <summary>How the file system compares names: ignoring case on Windows and macOS (their default volumes).</summary>
    public static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The comparer matching <see cref="Comparison"/>.</summary>
    public static readonly StringComparer Comparer = StringComparer.FromComparison(Comparison);

    /// <summary>Whether a path ends with one of the extensions (with the dot), ignoring case.</summary>
    public static bool HasExtension(string path, params ReadOnlySpan<string> extensions)
    {
        var extension = Path.GetExtension(path);
        foreach (var candidate in extensions)
        {
            if (extension.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a full path lies strictly inside a folder (both already full paths).</summary>
    public static bool IsBelow(string folder, string path)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, Comparison);
    }

    /// <summary>The folder holding a file, as a full path.</summary>
    public static string FolderOf(string file) => Path.GetDirectoryName(Path.GetFullPath(file))!;
}
