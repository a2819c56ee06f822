namespace Weft.Benchmarks;

/// <summary>Follows symbolic links the way the operating system does when it opens a path.</summary>
internal static class SymbolicLinks
{
    // The same bound Linux puts on nested links (ELOOP): a loop must end in an error, not a hang.
    private const int MaxLinks = 40;

    /// <summary>
    /// The physical location of a full path: every symbolic link on the way is replaced by its target. The path need
    /// not exist; components after the first missing one are kept as written.
    /// </summary>
    /// <exception cref="IOException">The links loop, or a link cannot be read.</exception>
    public static string Resolve(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(root))
        {
            throw new ArgumentException("A full path is required.", nameof(fullPath));
        }

        var pending = new Stack<string>();
        Push(pending, fullPath[root.Length..]);
        var current = root;
        var links = 0;
        var exists = true;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = exists ? new FileInfo(next).LinkTarget : null;
            if (target is null)
            {
                exists = exists && Path.Exists(next);
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links at {next}");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            Push(pending, target);
        }

        return current;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
