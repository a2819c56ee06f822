using System.Diagnostics;
using System.Globalization;

namespace Weft.Bench.Support;

/// <summary>The fake judge started as a separate process (this same program, scenario fake-judge), so its CPU is not ours.</summary>
internal sealed class FakeJudgeProcess : IAsyncDisposable
{
    private readonly Process process;

    private FakeJudgeProcess(Process process, Uri endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
    }

    /// <summary>The OpenAI-style base URL, ending in <c>/v1/</c>.</summary>
    public Uri Endpoint { get; }

    public static async Task<FakeJudgeProcess> StartAsync(double latencyMs, double faultRate, int seed, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("no process path"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "fake-judge", "--latency-ms", latencyMs.ToString(CultureInfo.InvariantCulture), "--fault-rate", faultRate.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the fake judge");
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken) ?? throw new InvalidOperationException("the fake judge ended before printing its URL");
        return new FakeJudgeProcess(process, new Uri(line["listening ".Length..]));
    }

    public TimeSpan ProcessorTime => process.TotalProcessorTime;

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
        }

        process.Dispose();
    }
}
