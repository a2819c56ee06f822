using System.CommandLine;
using Weft.Cli.Output;
using Weft.Runs;

namespace Weft.Cli.Commands;

/// <summary><c>weft report</c>: print or write the report of a run from its store.</summary>
internal static class ReportCommand
{
    private static readonly Option<string> Run = new("--run") { Description = "Run folder.", Required = true };
    private static readonly Option<string> Format = new("--format") { Description = "table, md, csv or json.", DefaultValueFactory = _ => "table" };
    private static readonly Option<string?> Out = new("--out") { Description = "Write to this file instead of the console." };

    public static Command Create(CliConsole console)
    {
        Format.AcceptOnlyFromAmong(ReportWriter.Formats);
        var command = new Command("report", "Report a run: per system × aspect mean, 95% CI, n, N/A, errors; the same per task; offline heuristics.")
        {
            Run, Format, Out,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var results = RunResults.Load(result.GetValue(Run)!);
            await ReportWriter.WriteAsync(console, results, result.GetValue(Format)!, result.GetValue(Out), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
