using System.Text;
using Weft.Cli;

namespace Weft.Tests.Cli;

/// <summary>Runs the weft command in-process and captures its output and exit code.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var code = await WeftCli.RunAsync(args, CliConsole.Plain(output, error, name => name == "OPENAI_API_KEY" ? "test-key" : null), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
