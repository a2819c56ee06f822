using System.CommandLine;
using Weft.Benchmarks;
using Weft.Cli.Commands;
using Weft.Judges;
using Weft.Runs;
using Weft.Text;

namespace Weft.Cli;

/// <summary>The weft command: parses arguments, runs one command, maps the outcome to an exit code.</summary>
internal static class WeftCli
{
    // The commands share static Option instances, and System.CommandLine records each command an option is added to
    // and validates through shared state, so building and parsing two command lines at once (tests run many in one
    // process) can corrupt that state. One process runs one command line, so holding this briefly costs nothing.
    private static readonly Lock ParseGate = new();

    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ParseResult parsed;
        lock (ParseGate)
        {
            parsed = Parse(args, console);
        }

        if (UnmatchedTokenMessage.For(parsed) is { } unmatched)
        {
            // A misspelt word also makes required options look missing; the one line about the word is what helps.
            await console.Error.WriteLineAsync(unmatched);
            return ExitCodes.UserError;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync("error: " + error.Message);
            }

            await console.Error.WriteLineAsync("Run 'weft --help' or 'weft <command> --help' for usage.");
            return ExitCodes.UserError;
        }

        try
        {
            return await parsed.InvokeAsync(
                new InvocationConfiguration
                {
                    EnableDefaultExceptionHandler = false,
                    ProcessTerminationTimeout = TimeSpan.FromSeconds(15),
                    Output = console.Out.Profile.Out.Writer,
                    Error = console.Error,
                },
                cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("Interrupted. Everything finished so far is saved; run the same command again to resume.");
            return ExitCodes.Interrupted;
        }
        catch (DataFormatException e)
        {
            await WriteDataErrorsAsync(console.Error, e);
            return ExitCodes.UserError;
        }
        catch (Exception e) when (e is EvalSetupException or JudgeConfigurationException or UsageException)
        {
            await console.Error.WriteLineAsync("error: " + e.Message);
            return ExitCodes.UserError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await console.Error.WriteLineAsync($"internal error: {e.GetType().Name}: {e.Message}");
            await console.Error.WriteLineAsync("This is a bug in Weft; please report it with the command you ran. Details:");
            await console.Error.WriteLineAsync(e.ToString());
            return ExitCodes.InternalError;
        }
    }

    private static ParseResult Parse(string[] args, CliConsole console)
    {
        var root = new RootCommand("Weft: holistic evaluation of interleaved text-and-image generation.")
        {
            EvalCommand.Create(console),
            ReportCommand.Create(console),
            GenerateCommand.Create(console),
            ArenaCommand.Create(console),
            ScoresCommand.Create(console),
            ProtocolsCommand.Create(console),
            MetaCommand.Create(console),
            ServeCommand.Create(console),
            AnnotatorsCommand.Create(console),
            AnnotationsCommand.Create(console),
        };

        GroupHelpAction.Install(root);
        return root.Parse(args);
    }

    private static async Task WriteDataErrorsAsync(TextWriter error, DataFormatException exception)
    {
        await error.WriteLineAsync($"error: the input is not valid ({Plural.Count(exception.Errors.Count, "problem")}):");
        foreach (var problem in exception.Errors)
        {
            await error.WriteLineAsync("  " + problem);
        }

        if (exception.Note is { } note)
        {
            await error.WriteLineAsync("note: " + note);
        }
    }
}
