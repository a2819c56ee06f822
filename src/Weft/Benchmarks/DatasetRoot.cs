using System.Collections.Concurrent;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>The folder a dataset's image paths are resolved in; a path that would leave it is refused.</summary>
/// <remarks>
/// A dataset file is untrusted input: a path such as <c>../../home/me/.ssh/id_rsa</c> or a symbolic link planted in the
/// image folder must not make Weft read (and send to a judge) a file outside the dataset.
/// </remarks>
internal sealed class DatasetRoot
{
    private readonly Lazy<string> physicalFolder;
    private readonly ConcurrentDictionary<string, FolderLinks> folders = new(PathNames.Comparer);

    /// <summary>Creates a root at a folder (relative folders are taken from the current directory).</summary>
    public DatasetRoot(string rootFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootFolder));
        physicalFolder = new Lazy<string>(() => SymbolicLinks.Resolve(Folder));
    }

    /// <summary>Full path of the root folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// Resolves a path written in a dataset (forward or back slashes) to a full path inside the root; the file need not
    /// exist. On failure <paramref name="problem"/> says why, in words fit for a <see cref="DataError"/>.
    /// </summary>
    public bool TryResolve(string relativePath, out string fullPath, out string problem)
    {
        fullPath = "";
        problem = Check(relativePath, out var candidate);
        if (problem.Length > 0)
        {
            return false;
        }

        fullPath = candidate;
        return true;
    }

    private string Check(string relativePath, out string candidate)
    {
        candidate = "";
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            return "image path is empty";
        }

        if (relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return "image path contains a NUL character";
        }

        var path = relativePath.Replace('\\', '/');
        if (IsAbsolute(path))
        {
            return $"absolute path \"{relativePath}\" is not allowed; paths are relative to the dataset folder";
        }

        try
        {
            candidate = Path.GetFullPath(Path.Combine(Folder, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"\"{relativePath}\" is not a valid path: {e.Message}";
        }

        if (!PathNames.IsBelow(Folder, candidate))
        {
            return $"path \"{relativePath}\" leaves the dataset folder";
        }

        try
        {
            if (!PathNames.IsBelow(physicalFolder.Value, Physical(candidate)))
            {
                return $"path \"{relativePath}\" goes through a symbolic link that leads outside the dataset folder";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"path \"{relativePath}\" cannot be checked: {e.Message}";
        }

        return "";
    }

    // Thousands of images share a few folders: each folder is resolved and listed once, and only a file that is itself
    // a link is followed, instead of reading every component of every path again.
    private string Physical(string candidate)
    {
        var folder = Path.GetDirectoryName(candidate)!;
        var links = folders.GetOrAdd(folder, static f => FolderLinks.Read(f));
        var name = Path.GetFileName(candidate);
        return links.Names.Contains(name) ? SymbolicLinks.Resolve(candidate) : Path.Join(links.Physical, name);
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith('/')
        || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':')
        || Path.IsPathRooted(path);
}
