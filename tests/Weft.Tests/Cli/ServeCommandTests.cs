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
        var run = await SampleRunAsync();
        var output = new SignallingWriter("Serving ");
        var error = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        using var stop = new CancellationTokenSource();

        var serving = WeftCli.RunAsync(["serve", "--run", run, "--urls", "http://0.0.0.0:0"], CliConsole.Plain(output, error, _ => null), stop.Token);
        await Task.WhenAny(output.Seen, serving);
        await stop.CancelAsync();
        var code = await serving;

        Assert.Equal(0, code);
        Assert.Contains("warning: listening on 0.0.0.0:0, beyond this machine: annotators' tokens then travel over the network", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_Loopback_NoWarning()
    {
        var run = await SampleRunAsync();
        var output = new SignallingWriter("Serving ");
        var error = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        using var stop = new CancellationTokenSource();

        var serving = WeftCli.RunAsync(["serve", "--run", run, "--urls", "http://127.0.0.1:0"], CliConsole.Plain(output, error, _ => null), stop.Token);
        await Task.WhenAny(output.Seen, serving);
        await stop.CancelAsync();
        var code = await serving;

        Assert.Equal(0, code);
        Assert.Contains("Serving ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
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
