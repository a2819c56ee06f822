namespace Weft.Cli.Output;

/// <summary>The one meaning of <c>--out</c>: a file to write, or <c>-</c> for standard output (never a file named "-").</summary>
internal static class OutFile
{
    /// <summary>The <c>--out</c> value that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>The file to write, or null when the document goes to the console (no <c>--out</c>, or <c>--out -</c>).</summary>
    public static string? FileOrConsole(string? path) => path == StandardOutput ? null : path;

    /// <summary>
    /// Writes the file with <paramref name="write"/>, or, for <c>-</c>, writes what it would hold to standard output;
    /// returns where it went, for the status line.
    /// </summary>
    public static async Task<string> WriteAsync(CliConsole console, string path, Func<string, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (path != StandardOutput)
        {
            await write(path, cancellationToken);
            return Path.GetFullPath(path);
        }

        // The file writers are atomic and path-based; the bytes go through a private temporary file to stdout.
        var folder = Directory.CreateTempSubdirectory("weft-out-");
        try
        {
            var temporary = Path.Combine(folder.FullName, "out");
            await write(temporary, cancellationToken);
            var writer = console.Out.Profile.Out.Writer;
            await writer.WriteAsync(await File.ReadAllTextAsync(temporary, cancellationToken));
            await writer.FlushAsync(cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return "standard output";
    }
}
