using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Weft.Cli;
using Weft.Testing;

namespace Weft.Tests.Cli;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Serve_PortTaken_NamesTheAddressAndExitsTwo()
    {
        var run = await SampleRunAsync();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, error) = await CliRunner.RunAsync("serve", "--run", run, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, code);
        Assert.Equal($"error: address 127.0.0.1:{port} is in use; choose another with --urls", error.Trim());
    }

    [Fact]
    public async Task Serve_AllInterfaces_WarnsThatTokensTravelOverTheNetwork()
    {
        var (code, status) = await ServeUntilStartedAsync("http://0.0.0.0:0");

        Assert.Equal(0, code);
        Assert.Contains("warning: listening on 0.0.0.0:0, beyond this machine: annotators' tokens then travel over the network", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_Loopback_NoWarning()
    {
        var (code, status) = await ServeUntilStartedAsync("http://127.0.0.1:0");

        Assert.Equal(0, code);
        Assert.Contains("Serving ", status, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", status, StringComparison.Ordinal);
    }

    // Status lines (and warnings) go to standard error; the server is stopped once it says it is serving.
    private async Task<(int Code, string Status)> ServeUntilStartedAsync(string urls)
    {
        var run = await SampleRunAsync();
        var output = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        var status = new SignallingWriter("Serving ");
        using var stop = new CancellationTokenSource();

        var serving = WeftCli.RunAsync(["serve", "--run", run, "--urls", urls], CliConsole.Plain(output, status, _ => null), stop.Token);
        var first = await Task.WhenAny(status.Seen, serving, Task.Delay(TimeSpan.FromSeconds(60)));
        await stop.CancelAsync();
        var code = await serving;
        Assert.True(first != serving || code != 0, "serve ended before it said it was serving: " + status);
        return (code, status.ToString());
    }

    public void Dispose() => folder.Dispose();

    private async Task<string> SampleRunAsync()
    {
        var run = folder.File("run");
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"), "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"), "--run", run);
        Assert.True(code == 0, error);
        return run;
    }

    /// <summary>Captures what is written and completes <see cref="Seen"/> once <c>text</c> has appeared.</summary>
    private sealed class SignallingWriter(string text) : StringWriter(new StringBuilder(), CultureInfo.InvariantCulture)
    {
        private readonly TaskCompletionSource seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => seen.Task;

        public override void Write(char value)
        {
            base.Write(value);
            Check();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            Check();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            Check();
        }

        private void Check()
        {
            if (GetStringBuilder().ToString().Contains(text, StringComparison.Ordinal))
            {
                seen.TrySetResult();
            }
        }
    }
}
