using System.Diagnostics;
using Weft.Testing;

namespace Weft.Tests.Cli;

/// <summary>Starts the built weft command as a separate process (for kill and interrupt tests).</summary>
internal static class WeftProcess
{
    public static Process Start(string apiKey, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Weft.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OPENAI_API_KEY"] = apiKey;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start weft");
    }

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string apiKey, params string[] args)
    {
        using var process = Start(apiKey, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
