using Spectre.Console;

namespace Weft.Cli;

/// <summary>Where the command writes: a Spectre console for output, a writer for errors, and whether to draw live progress.</summary>
/// <param name="Out">Report and messages.</param>
/// <param name="Error">Errors.</param>
/// <param name="Interactive">Whether live progress bars may be drawn (a terminal, not a pipe or a file).</param>
/// <param name="Environment">Reads environment variables.</param>
internal sealed record CliConsole(IAnsiConsole Out, TextWriter Error, bool Interactive, Func<string, string?> Environment)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole ForProcess()
    {
        var interactive = !Console.IsOutputRedirected && System.Environment.GetEnvironmentVariable("TERM") is not "dumb";
        return new CliConsole(AnsiConsole.Console, Console.Error, interactive, System.Environment.GetEnvironmentVariable);
    }

    /// <summary>A plain console writing to <paramref name="writer"/> (tests, pipes).</summary>
    public static CliConsole Plain(TextWriter writer, TextWriter error, Func<string, string?> environment) => new(
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        }),
        error,
        false,
        environment);
}
