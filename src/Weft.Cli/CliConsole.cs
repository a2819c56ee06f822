using Spectre.Console;

namespace Weft.Cli;

/// <summary>Where the command writes: the document asked for on standard output, status, progress and errors on standard error.</summary>
/// <param name="Out">The document only (a report, a table, a summary), so that <c>--format json</c> or <c>csv</c> output can be piped into a parser.</param>
/// <param name="Status">Status lines, warnings and live progress (standard error).</param>
/// <param name="Error">Errors (standard error).</param>
/// <param name="Interactive">Whether live progress bars may be drawn (standard error is a terminal, not a pipe or a file).</param>
/// <param name="Environment">Reads environment variables.</param>
internal sealed record CliConsole(IAnsiConsole Out, IAnsiConsole Status, TextWriter Error, bool Interactive, Func<string, string?> Environment)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole ForProcess()
    {
        var interactive = !Console.IsErrorRedirected && System.Environment.GetEnvironmentVariable("TERM") is not "dumb";
        var status = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var output = Console.IsOutputRedirected ? PlainConsole(Console.Out) : AnsiConsole.Console;
        return new CliConsole(output, status, Console.Error, interactive, System.Environment.GetEnvironmentVariable);
    }

    /// <summary>A plain console writing the document to <paramref name="writer"/> and status and errors to <paramref name="error"/> (tests, pipes).</summary>
    public static CliConsole Plain(TextWriter writer, TextWriter error, Func<string, string?> environment) =>
        new(PlainConsole(writer), PlainConsole(error), error, false, environment);

    /// <summary>Wide enough that no table or line is ever wrapped: Spectre assumes 80 columns for a pipe or a file.</summary>
    internal const int UnwrappedWidth = 100_000;

    // A pipe or a file has no width: what is written there is read by programs or viewed unwrapped, so a long path or
    // a wide table stays on its line (COLUMNS describes a terminal, not the pipe).
    private static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = UnwrappedWidth;
        return console;
    }
}
