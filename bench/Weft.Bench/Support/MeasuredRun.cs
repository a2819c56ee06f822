using System.Diagnostics;
using System.Globalization;

namespace Weft.Bench.Support;

/// <summary>What <c>/usr/bin/time</c> says about one child process: wall, user and system CPU, and peak RSS.</summary>
internal sealed record MeasuredRun(int ExitCode, double WallSeconds, double UserSeconds, double SystemSeconds, long PeakRssKb)
{
    public double CpuSeconds => UserSeconds + SystemSeconds;

    /// <summary>Runs <paramref name="file"/> under GNU time (kernel rusage: exact CPU and VmHWM of that process alone).</summary>
    public static async Task<MeasuredRun> RunAsync(
        string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string logFile, CancellationToken cancellationToken)
    {
        var timeFile = logFile + ".time";
        var start = new ProcessStartInfo("/usr/bin/time") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", "%e %U %S %M", "-o", timeFile, file }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        await using var log = new StreamWriter(logFile);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await log.WriteAsync(await stdout);
        await log.WriteAsync(await stderr);
        var fields = (await File.ReadAllLinesAsync(timeFile, cancellationToken)).Last().Split(' ');
        return new MeasuredRun(
            process.ExitCode,
            double.Parse(fields[0], CultureInfo.InvariantCulture),
            double.Parse(fields[1], CultureInfo.InvariantCulture),
            double.Parse(fields[2], CultureInfo.InvariantCulture),
            long.Parse(fields[3], CultureInfo.InvariantCulture));
    }
}
