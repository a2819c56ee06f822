using System.ComponentModel;
using System.Diagnostics;

namespace Weft.Bench.Support;

/// <summary>
/// The weft command a scenario runs as a child process. Checked before anything is measured: a missing binary used to
/// surface only after the whole promptfoo run, as a SqliteException on the run folder weft never created.
/// </summary>
internal static class WeftCommand
{
    public const string BuildCommand = "dotnet build -c Release src/Weft.Cli";

    /// <summary>
    /// Returns the command to run, building the Release CLI first when the default one is missing; null (after one
    /// line on stderr saying what to run) when there is none and it could not be built, or when an explicit
    /// <c>--weft</c> path does not exist.
    /// </summary>
    public static async Task<string?> EnsureAsync(string? explicitPath, CancellationToken cancellationToken)
    {
        if (explicitPath is not null)
        {
            if (File.Exists(explicitPath))
            {
                return explicitPath;
            }

            Console.Error.WriteLine($"--weft {explicitPath} not found; omit --weft to use (and build) the Release CLI, or build it with  {BuildCommand}");
            return null;
        }

        if (File.Exists(RepoPaths.WeftCli))
        {
            return RepoPaths.WeftCli;
        }

        Console.WriteLine($"{RepoPaths.WeftCli} not found; building it: {BuildCommand}");
        var log = Path.Combine(Path.GetTempPath(), $"weft-bench-build-{Environment.ProcessId}.log");
        var exit = await BuildAsync(log, cancellationToken);
        if (exit == 0 && File.Exists(RepoPaths.WeftCli))
        {
            return RepoPaths.WeftCli;
        }

        Console.Error.WriteLine($"could not build the weft command (see {log}); run  {BuildCommand}  from {RepoPaths.Root} and try again");
        return null;
    }

    private static async Task<int> BuildAsync(string logFile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "build", "-c", "Release", Path.Combine("src", "Weft.Cli") })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var output = build.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = build.StandardError.ReadToEndAsync(cancellationToken);
            await build.WaitForExitAsync(cancellationToken);
            await File.WriteAllTextAsync(logFile, await output + await errors, cancellationToken);
            return build.ExitCode;
        }
        catch (Win32Exception e)
        {
            await File.WriteAllTextAsync(logFile, "dotnet could not be started: " + e.Message + Environment.NewLine, cancellationToken);
            return -1;
        }
    }
}
