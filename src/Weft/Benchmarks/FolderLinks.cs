using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Where a folder physically is, and which of its entries are symbolic links.</summary>
/// <param name="Physical">The folder with every link on its way followed (it need not exist).</param>
/// <param name="Names">Names of the entries that are symbolic links (empty when the folder does not exist).</param>
internal sealed record FolderLinks(string Physical, IReadOnlySet<string> Names)
{
    /// <summary>Resolves a folder and lists its links.</summary>
    /// <exception cref="IOException">The links on the way loop, or the folder cannot be listed.</exception>
    public static FolderLinks Read(string folder)
    {
        var physical = SymbolicLinks.Resolve(folder);
        HashSet<string> names = new(PathNames.Comparer);
        if (Directory.Exists(physical))
        {
            // Listing reports links from the directory entry itself, without one more system call per file.
            foreach (var entry in new DirectoryInfo(physical).EnumerateFileSystemInfos())
            {
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    names.Add(entry.Name);
                }
            }
        }

        return new FolderLinks(physical, names);
    }
}
